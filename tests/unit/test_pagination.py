from __future__ import annotations

import base64
import datetime
import json
from typing import Any
from uuid import UUID, uuid4

import pytest

from app.lib.errors import BadRequestError
from app.lib.pagination import Int4, Real, decode_cursor, encode_cursor

KEY_ID = UUID("01a22581-255a-7329-ab47-02042808a2d6")


def _forge(*parts: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(list(parts)).encode()).rstrip(b"=").decode()


@pytest.mark.parametrize(
    ("key", "key_type"),
    [
        ((KEY_ID,), tuple[UUID]),
        ((3, KEY_ID), tuple[int, UUID]),
        ((0.0607927, KEY_ID), tuple[float, UUID]),
        ((datetime.date(2025, 11, 24), KEY_ID), tuple[datetime.date, UUID]),
        ((datetime.datetime(2025, 11, 24, 16, 20, tzinfo=datetime.UTC), KEY_ID), tuple[datetime.datetime, UUID]),
        ((datetime.date(2025, 11, 24), None, KEY_ID), tuple[datetime.date, datetime.datetime | None, UUID]),
    ],
)
def test_a_cursor_decodes_to_the_key_it_was_made_from(key: tuple[Any, ...], key_type: Any) -> None:
    cursor = encode_cursor("things", key)
    assert decode_cursor("things", cursor, key_type) == key


def test_a_cursor_is_url_safe_without_padding() -> None:
    cursor = encode_cursor("things", (KEY_ID, "?&/+= é"))
    assert cursor.isascii()
    assert not set(cursor) & set("+/=?&")


def _rejects(token: str, key_type: Any = tuple[int, UUID], kind: str = "things") -> None:
    with pytest.raises(BadRequestError) as raised:
        decode_cursor(kind, token, key_type)
    assert raised.value.status_code == 400
    assert raised.value.errors is not None
    assert [(e.source, e.field) for e in raised.value.errors] == [("query", "cursor")]


def test_a_cursor_of_another_list_is_rejected() -> None:
    _rejects(encode_cursor("other-things", (3, KEY_ID)))


def test_a_cursor_with_the_wrong_key_shape_is_rejected() -> None:
    _rejects(encode_cursor("things", (KEY_ID,)))  # too short
    _rejects(encode_cursor("things", (3, KEY_ID, 4)))  # too long
    _rejects(encode_cursor("things", ("three", KEY_ID)))  # wrong type
    _rejects(encode_cursor("things", (3, "not-a-uuid")))


@pytest.mark.parametrize(
    "token",
    [
        "",
        "garbage",
        "!!!!",
        "é",
        "\x00",
        base64.urlsafe_b64encode(b"not json").decode(),
        _forge(),  # an empty list
        _forge(None),
        base64.urlsafe_b64encode(b'{"things": 3}').decode(),
        base64.urlsafe_b64encode(b'"things"').decode(),
    ],
)
def test_a_garbage_cursor_is_rejected(token: str) -> None:
    _rejects(token)


def test_a_tampered_cursor_is_rejected() -> None:
    cursor = encode_cursor("things", (3, KEY_ID))
    flipped = cursor[:5] + ("A" if cursor[5] != "A" else "B") + cursor[6:]
    _rejects(flipped)
    _rejects(cursor[:-4])  # truncated


@pytest.mark.parametrize("position", [2**31, -(2**31) - 1, 2**70])
def test_a_key_outside_an_integer_column_is_rejected(position: int) -> None:
    _rejects(_forge("things", position, str(uuid4())), tuple[Int4, UUID])


@pytest.mark.parametrize("score", [1e300, -1e300])
def test_a_key_outside_a_real_column_is_rejected(score: float) -> None:
    _rejects(_forge("things", score, str(uuid4())), tuple[Real, UUID])


def test_keys_inside_the_column_range_are_accepted() -> None:
    assert decode_cursor("things", _forge("things", 2**31 - 1, str(KEY_ID)), tuple[Int4, UUID]) == (2**31 - 1, KEY_ID)
    assert decode_cursor("things", _forge("things", 0.5, str(KEY_ID)), tuple[Real, UUID]) == (0.5, KEY_ID)
