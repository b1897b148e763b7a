"""The people on a session: organizers put them on, change their part, take them off; anyone reads the
public ones, and a forum's speakers list."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from litestar import Controller, Request, Response, delete, get, patch, post
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, JSONBody, QueryParameter
from litestar.status_codes import HTTP_204_NO_CONTENT

from app.domain.participants.deps import provide_participant_writes, provide_participants, provide_speakers
from app.domain.participants.inputs import ParticipantInput, ParticipantPatch, RoleFilter, SpeakerFilters
from app.domain.participants.schemas import ParticipantDetail, SpeakerPage
from app.domain.participants.services import ParticipantService, SpeakerListService
from app.lib.etag import with_etag
from app.lib.guards import people_only
from app.lib.i18n import Languages, Rendering, Translations
from app.lib.idempotency.service import Idempotency, IdempotencyKey
from app.lib.openapi import BEARER, problems
from app.lib.pagination import DEFAULT_LIMIT, CursorParam, Limit, next_link
from app.lib.params import COUNTRY_CODE_PATTERN, country_code
from app.lib.preconditions import IfMatch, OptionalIfMatch
from app.lib.viewer import Viewer

WRITES = {"participant_writes": Provide(provide_participant_writes, sync_to_thread=False)}

SpeakerRole = Annotated[
    RoleFilter | None, QueryParameter(name="role", description="Only those who have this role on a session.")
]
SpeakerOrganization = Annotated[
    UUID | None,
    QueryParameter(name="organization", description="Only those who spoke for this organization (its id)."),
]
SpeakerCountry = Annotated[
    str | None,
    QueryParameter(
        name="country",
        pattern=COUNTRY_CODE_PATTERN,
        description="Only those who spoke for an organization of this country (ISO 3166-1 alpha-2; an unknown "
        "code is 400).",
    ),
]


def _location(participant: ParticipantDetail) -> str:
    return f"/api/v1/participants/{participant.id}"


class ParticipantController(Controller):
    tags = ["Sessions"]

    @get(
        "/api/v1/forums/{forum_id:uuid}/speakers",
        operation_id="list_forum_speakers",
        summary="A forum's speakers",
        description="The people confirmed on the forum's sessions (cancelled ones and drafts aside), one entry "
        "each: the public profile, the title and organization they spoke under on their first session there, "
        "and their sessions in agenda order. Invited speakers are not listed until they confirm. Sorted by "
        "name as folded for search (transliterated to Latin letters, no case or accents), so every script sorts "
        "in one alphabet. The filters keep the people who match them on at least one session. The same list "
        "for every caller.",
        opt={"public": True},  # anyone may call: see tests/integration/test_access_matrix.py
        dependencies={"speakers": Provide(provide_speakers, sync_to_thread=False)},
        responses=problems(400, 404),
    )
    async def list_forum_speakers(
        self,
        request: Request[Any, Any, Any],
        speakers: NamedDependency[SpeakerListService],
        languages: Languages,
        forum_id: FromPath[UUID],
        role: SpeakerRole = None,
        organization: SpeakerOrganization = None,
        country: SpeakerCountry = None,
        limit: Limit = DEFAULT_LIMIT,
        cursor: CursorParam = None,
    ) -> Response[SpeakerPage]:
        filters = SpeakerFilters(role=role, organization_id=organization, country=country_code(country))
        page = await speakers.page(forum_id, filters, langs=languages, limit=limit, cursor=cursor)
        return Response(page, headers=next_link(request, page.next))

    @post(
        "/api/v1/sessions/{session_id:uuid}/participants",
        operation_id="create_participant",
        summary="Put a person on a session",
        description="For the organizers of the session's forum. The affiliation and title default to the "
        "person's current affiliation and are kept as they were even when it changes later. A person is on a "
        "session once, and never on two sessions at overlapping times (declined and withdrawn invitations and "
        "cancelled sessions do not count): 409 names the other session.",
        guards=[people_only],
        security=[{BEARER: []}],
        dependencies=WRITES,
        responses=problems(400, 401, 403, 404, 409, 422),
    )
    async def create_participant(
        self,
        participant_writes: NamedDependency[ParticipantService],
        idempotency: NamedDependency[Idempotency],
        languages: Languages,
        session_id: FromPath[UUID],
        data: JSONBody[ParticipantInput],
        idempotency_key: IdempotencyKey = None,
        translations: Translations = False,
    ) -> Response[ParticipantDetail]:
        rendering = Rendering(languages, translations)
        return await idempotency.create(
            idempotency_key,
            lambda: participant_writes.create(session_id, data, rendering),
            ParticipantDetail,
            location=_location,
        )

    @get(
        "/api/v1/participants/{participant_id:uuid}",
        operation_id="get_participant",
        summary="Get a session participant",
        description="Anyone sees the participants of public sessions whose invitation stands; the forum's "
        "organizers see every one.",
        opt={"public": True},
        dependencies={"participants": Provide(provide_participants, sync_to_thread=False)},
        responses=problems(400, 404),
    )
    async def get_participant(
        self,
        participants: NamedDependency[ParticipantService],
        viewer: NamedDependency[Viewer],
        languages: Languages,
        participant_id: FromPath[UUID],
        translations: Translations = False,
    ) -> ParticipantDetail:
        return await participants.get(participant_id, langs=languages, viewer=viewer, translations=translations)

    @patch(
        "/api/v1/participants/{participant_id:uuid}",
        operation_id="update_participant",
        summary="Change a participant's part",
        description="Send only the fields that change, with the ETag you read in If-Match.",
        guards=[people_only],
        security=[{BEARER: []}],
        dependencies=WRITES,
        responses=problems(400, 401, 403, 404, 409, 412, 422, 428),
    )
    async def update_participant(
        self,
        participant_writes: NamedDependency[ParticipantService],
        languages: Languages,
        participant_id: FromPath[UUID],
        data: JSONBody[ParticipantPatch],
        if_match: IfMatch = None,
        translations: Translations = False,
    ) -> Response[ParticipantDetail]:
        participant = await participant_writes.update(
            participant_id, data, if_match=if_match, rendering=Rendering(languages, translations)
        )
        return with_etag(participant)

    @delete(
        "/api/v1/participants/{participant_id:uuid}",
        operation_id="delete_participant",
        summary="Take a person off a session",
        description="Refused (409) while statements are recorded under the participant.",
        guards=[people_only],
        security=[{BEARER: []}],
        dependencies=WRITES,
        status_code=HTTP_204_NO_CONTENT,
        responses=problems(400, 401, 403, 404, 409, 412),
    )
    async def delete_participant(
        self,
        participant_writes: NamedDependency[ParticipantService],
        languages: Languages,
        participant_id: FromPath[UUID],
        if_match: OptionalIfMatch = None,
    ) -> None:
        await participant_writes.delete(participant_id, if_match=if_match, rendering=Rendering(languages))
