"""Registering people (organizers, admins, partners for their own organization) and their affiliations, and
reading one affiliation to edit it against. Who may change whom: app/domain/people/access.py."""

from __future__ import annotations

from uuid import UUID

from litestar import Controller, Response, delete, get, patch, post
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, JSONBody
from litestar.status_codes import HTTP_204_NO_CONTENT

from app.domain.people.deps import provide_person_read_service, provide_person_write_service
from app.domain.people.inputs import AffiliationInput, AffiliationPatch, PersonInput, PersonPatch
from app.domain.people.schemas import AffiliationDetail, Person
from app.domain.people.services import PersonReadService
from app.domain.people.write_services import PersonWriteService
from app.lib.etag import representation_etag
from app.lib.guards import authenticated
from app.lib.i18n import Languages, Translations
from app.lib.idempotency.service import Idempotency, IdempotencyKey
from app.lib.openapi import API_KEY, BEARER, problems
from app.lib.preconditions import IfMatch, OptionalIfMatch
from app.lib.principal import Principal
from app.lib.viewer import viewer_of

WRITES = {"person_writes": Provide(provide_person_write_service, sync_to_thread=False)}
PARTNERS_TOO: list[dict[str, list[str]]] = [{BEARER: []}, {API_KEY: []}]
WHO = (
    "For platform admins, organizers of a forum the person is on, and the partners (admins, read-write keys) "
    "of an organization the person works for now."
)


def _person_location(person: Person) -> str:
    return f"/api/v1/people/{person.id}"


def _affiliation_location(affiliation: AffiliationDetail) -> str:
    return f"/api/v1/affiliations/{affiliation.id}"


class PersonWriteController(Controller):
    path = "/api/v1/people"
    tags = ["People"]
    guards = [authenticated]
    security = PARTNERS_TOO
    dependencies = WRITES

    @post(
        "/",
        operation_id="create_person",
        summary="Register a person",
        description="Organizers and admins register speakers; a partner registers its delegates and proposed "
        "speakers, with an `affiliation` to its own organization made in the same request. `email` and "
        "`phone` are private (see get_person for who sees them).",
        responses=problems(400, 401, 403, 409, 422),
    )
    async def create_person(
        self,
        person_writes: NamedDependency[PersonWriteService],
        idempotency: NamedDependency[Idempotency],
        languages: Languages,
        data: JSONBody[PersonInput],
        idempotency_key: IdempotencyKey = None,
        translations: Translations = False,
    ) -> Response[Person]:
        return await idempotency.create(
            idempotency_key,
            lambda: person_writes.create_person(data, languages, translations),
            Person,
            location=_person_location,
        )

    @patch(
        "/{person_id:uuid}",
        operation_id="update_person",
        summary="Change a person",
        description=f"{WHO} Send only the fields that change, with the ETag you read in If-Match.",
        responses=problems(400, 401, 403, 404, 412, 428),
    )
    async def update_person(
        self,
        person_writes: NamedDependency[PersonWriteService],
        languages: Languages,
        person_id: FromPath[UUID],
        data: JSONBody[PersonPatch],
        if_match: IfMatch = None,
        translations: Translations = False,
    ) -> Response[Person]:
        person = await person_writes.update_person(
            person_id, data, if_match=if_match, langs=languages, translations=translations
        )
        return Response(person, headers={"ETag": representation_etag(person)})

    @post(
        "/{person_id:uuid}/affiliations",
        operation_id="create_affiliation",
        summary="Add an affiliation to a person",
        description=f"{WHO} A partner adds affiliations to its own organization only.",
        responses=problems(400, 401, 403, 404, 409, 422),
    )
    async def create_affiliation(
        self,
        person_writes: NamedDependency[PersonWriteService],
        idempotency: NamedDependency[Idempotency],
        languages: Languages,
        person_id: FromPath[UUID],
        data: JSONBody[AffiliationInput],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[AffiliationDetail]:
        return await idempotency.create(
            idempotency_key,
            lambda: person_writes.create_affiliation(person_id, data, languages),
            AffiliationDetail,
            location=_affiliation_location,
        )


class AffiliationController(Controller):
    path = "/api/v1/affiliations/{affiliation_id:uuid}"
    tags = ["People"]

    @get(
        "/",
        operation_id="get_affiliation",
        summary="Get an affiliation",
        description="Seen by whoever may see the person.",
        opt={"public": True},
        dependencies={"people": Provide(provide_person_read_service, sync_to_thread=False)},
        responses=problems(400, 404),
    )
    async def get_affiliation(
        self,
        people: NamedDependency[PersonReadService],
        principal: NamedDependency[Principal],
        languages: Languages,
        affiliation_id: FromPath[UUID],
        translations: Translations = False,
    ) -> AffiliationDetail:
        return await people.get_affiliation(
            affiliation_id, langs=languages, viewer=viewer_of(principal), translations=translations
        )

    @patch(
        "/",
        operation_id="update_affiliation",
        summary="Change an affiliation",
        description=f"{WHO} A partner changes affiliations to its own organization only. Sessions the person "
        "was put on keep the title they spoke under.",
        guards=[authenticated],
        security=PARTNERS_TOO,
        dependencies=WRITES,
        responses=problems(400, 401, 403, 404, 412, 428),
    )
    async def update_affiliation(
        self,
        person_writes: NamedDependency[PersonWriteService],
        languages: Languages,
        affiliation_id: FromPath[UUID],
        data: JSONBody[AffiliationPatch],
        if_match: IfMatch = None,
    ) -> Response[AffiliationDetail]:
        affiliation = await person_writes.update_affiliation(affiliation_id, data, if_match=if_match, langs=languages)
        return Response(affiliation, headers={"ETag": representation_etag(affiliation)})

    @delete(
        "/",
        operation_id="delete_affiliation",
        summary="Delete an affiliation",
        description=f"{WHO} Sessions the person was put on keep the organization and title they spoke under.",
        guards=[authenticated],
        security=PARTNERS_TOO,
        dependencies=WRITES,
        status_code=HTTP_204_NO_CONTENT,
        responses=problems(400, 401, 403, 404, 412),
    )
    async def delete_affiliation(
        self,
        person_writes: NamedDependency[PersonWriteService],
        languages: Languages,
        affiliation_id: FromPath[UUID],
        if_match: OptionalIfMatch = None,
    ) -> None:
        await person_writes.delete_affiliation(affiliation_id, if_match=if_match, langs=languages)
