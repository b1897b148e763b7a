from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.registration_status import RegistrationStatus, check_registration_status

T = TypeVar("T", bound="Ticket")


@_attrs_define
class Ticket:
    """
    Attributes:
        forum_id (UUID):
        qr_png_url (str):
        qr_svg_url (str):
        registration_id (UUID):
        session_id (None | UUID):
        status (RegistrationStatus):
        ticket_code (str):
    """

    forum_id: UUID
    qr_png_url: str
    qr_svg_url: str
    registration_id: UUID
    session_id: None | UUID
    status: RegistrationStatus
    ticket_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        forum_id = str(self.forum_id)

        qr_png_url = self.qr_png_url

        qr_svg_url = self.qr_svg_url

        registration_id = str(self.registration_id)

        session_id: None | str
        if isinstance(self.session_id, UUID):
            session_id = str(self.session_id)
        else:
            session_id = self.session_id

        status: str = self.status

        ticket_code = self.ticket_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "forum_id": forum_id,
                "qr_png_url": qr_png_url,
                "qr_svg_url": qr_svg_url,
                "registration_id": registration_id,
                "session_id": session_id,
                "status": status,
                "ticket_code": ticket_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        forum_id = UUID(d.pop("forum_id"))

        qr_png_url = d.pop("qr_png_url")

        qr_svg_url = d.pop("qr_svg_url")

        registration_id = UUID(d.pop("registration_id"))

        def _parse_session_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_id_type_0 = UUID(data)

                return session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        session_id = _parse_session_id(d.pop("session_id"))

        status = check_registration_status(d.pop("status"))

        ticket_code = d.pop("ticket_code")

        ticket = cls(
            forum_id=forum_id,
            qr_png_url=qr_png_url,
            qr_svg_url=qr_svg_url,
            registration_id=registration_id,
            session_id=session_id,
            status=status,
            ticket_code=ticket_code,
        )

        ticket.additional_properties = d
        return ticket

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
