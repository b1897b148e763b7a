"""People and their affiliations: anyone reads the public profiles; organizers, admins and partners (for
their own organization) register people and keep their affiliations. Who may change whom:
app/domain/people/access.py."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from litestar import Controller, Request, Response, delete, get, patch, post
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, JSONBody, QueryParameter
from litestar.status_codes import HTTP_204_NO_CONTENT

from app.domain.people.deps import provide_people, provide_person_writes
from app.domain.people.inputs import AffiliationInput, AffiliationPatch, DirectoryFilters, PersonInput, PersonPatch
from app.domain.people.schemas import AffiliationDetail, DirectoryPage, Person
from app.domain.people.services import PersonService
from app.domain.statements.deps import provide_statement_read_service
from app.domain.statements.schemas import StatementSearchPage
from app.domain.statements.services import StatementReadService
from app.lib.etag import with_etag
from app.lib.guards import authenticated
from app.lib.i18n import Languages, Translations
from app.lib.idempotency.service import Idempotency, IdempotencyKey
from app.lib.openapi import API_KEY, BEARER, problems
from app.lib.pagination import DEFAULT_LIMIT, CursorParam, Limit, next_link
from app.lib.params import COUNTRY_CODE_PATTERN, country_code
from app.lib.preconditions import IfMatch, OptionalIfMatch
from app.lib.viewer import Viewer

READS = Provide(provide_people, sync_to_thread=False)
WRITES = Provide(provide_person_writes, sync_to_thread=False)
PARTNERS_TOO: list[dict[str, list[str]]] = [{BEARER: []}, {API_KEY: []}]
WHO = (
    "For platform admins, organizers of a forum the person is on, and the partners (admins, read-write keys) "
    "of an organization the person works for now."
)

NameQuery = Annotated[
    str | None,
    QueryParameter(
        name="q",
        min_length=1,
        max_length=200,
        description="Words of the name, in any spelling: case, accents and script are folded (Исмагулова, "
        "Ismagulova and ISMAGULOVA are one), and each word matches the beginning of a word of the name "
        "(`ismag aig` finds Aigerim Ismagulova). Transliteration follows one table (anyascii), so a name "
        "spelled in another romanization (Aigerim for Айгерим, read Aygerim) is found by its other words.",
    ),
]
DirectoryOrganization = Annotated[
    UUID | None,
    QueryParameter(name="organization", description="Only people with an affiliation (ended or not) to it."),
]
DirectoryCountry = Annotated[
    str | None,
    QueryParameter(
        name="country",
        pattern=COUNTRY_CODE_PATTERN,
        description="Only people of this country (ISO 3166-1 alpha-2; an unknown code is 400).",
    ),
]
AllowDuplicate = Annotated[
    bool,
    QueryParameter(
        name="allow_duplicate",
        description="Register the person even though someone of the same name and organization is registered "
        "already (a namesake): without it, that is a 409 naming them.",
    ),
]


def _person_location(person: Person) -> str:
    return f"/api/v1/people/{person.id}"


def _affiliation_location(affiliation: AffiliationDetail) -> str:
    return f"/api/v1/affiliations/{affiliation.id}"


class PersonController(Controller):
    path = "/api/v1/people"
    tags = ["People"]
    dependencies = {
        "people": READS,
        "statements": Provide(provide_statement_read_service, sync_to_thread=False),
        "person_writes": WRITES,
    }

    @get(
        "/",
        operation_id="list_people",
        summary="Find people",
        description="The people directory, to find a speaker before registering them again: platform admins "
        "and organizers search everyone, a partner (any member or API key) the people who work for its "
        "organization now; anyone else is refused (403). Sorted by name as the speakers list is. `contact` "
        "only for those who may see it (see get_person).",
        guards=[authenticated],
        security=PARTNERS_TOO,
        responses=problems(400, 401, 403),
    )
    async def list_people(
        self,
        request: Request[Any, Any, Any],
        people: NamedDependency[PersonService],
        viewer: NamedDependency[Viewer],
        languages: Languages,
        q: NameQuery = None,
        organization: DirectoryOrganization = None,
        country: DirectoryCountry = None,
        limit: Limit = DEFAULT_LIMIT,
        cursor: CursorParam = None,
    ) -> Response[DirectoryPage]:
        filters = DirectoryFilters(q=q, organization_id=organization, country=country_code(country))
        page = await people.directory(filters, langs=languages, viewer=viewer, limit=limit, cursor=cursor)
        return Response(page, headers=next_link(request, page.next))

    @get(
        "/{person_id:uuid}",
        operation_id="get_person",
        summary="Get a person",
        description="A speaker's profile: affiliations and the sessions the caller may see. Anyone sees the "
        "people on public sessions; organizers see every profile, partners their own organization's people. "
        "`contact` (email, phone) is there only for platform admins, organizers of a forum the person is on, "
        "and the person's own organization's members and keys; never in a public view.",
        opt={"public": True},  # anyone may call: see tests/integration/test_access_matrix.py
        responses=problems(400, 404),
    )
    async def get_person(
        self,
        people: NamedDependency[PersonService],
        viewer: NamedDependency[Viewer],
        languages: Languages,
        person_id: FromPath[UUID],
        translations: Translations = False,
    ) -> Person:
        return await people.get_person(person_id, langs=languages, viewer=viewer, translations=translations)

    @get(
        "/{person_id:uuid}/statements",
        operation_id="list_person_statements",
        summary="A person's statements",
        description="The person's published statements, newest first.",
        opt={"public": True},
        responses=problems(400, 404),
    )
    async def list_person_statements(
        self,
        request: Request[Any, Any, Any],
        people: NamedDependency[PersonService],
        statements: NamedDependency[StatementReadService],
        languages: Languages,
        person_id: FromPath[UUID],
        limit: Limit = DEFAULT_LIMIT,
        cursor: CursorParam = None,
    ) -> Response[StatementSearchPage]:
        page = await people.list_statements(person_id, statements, langs=languages, limit=limit, cursor=cursor)
        return Response(page, headers=next_link(request, page.next))

    @post(
        "/",
        operation_id="create_person",
        summary="Register a person",
        description="Organizers and admins register speakers; a partner registers its delegates and proposed "
        "speakers, with an `affiliation` to its own organization made in the same request. `email` and "
        "`phone` are private (see get_person for who sees them). A person whose name folds (as list_people's "
        "`q` does) to that of someone the caller may find in the directory, with the same organization (or, "
        "sent with no affiliation, someone with none), is refused with 409 `likely-duplicate` naming them in "
        "`conflicting`; `allow_duplicate=true` registers the namesake anyway.",
        guards=[authenticated],
        security=PARTNERS_TOO,
        responses=problems(400, 401, 403, 409, 422),
    )
    async def create_person(
        self,
        person_writes: NamedDependency[PersonService],
        idempotency: NamedDependency[Idempotency],
        languages: Languages,
        data: JSONBody[PersonInput],
        idempotency_key: IdempotencyKey = None,
        translations: Translations = False,
        allow_duplicate: AllowDuplicate = False,
    ) -> Response[Person]:
        return await idempotency.create(
            idempotency_key,
            lambda: person_writes.create_person(data, languages, translations, allow_duplicate=allow_duplicate),
            Person,
            location=_person_location,
        )

    @patch(
        "/{person_id:uuid}",
        operation_id="update_person",
        summary="Change a person",
        description=f"{WHO} Send only the fields that change, with the ETag you read in If-Match.",
        guards=[authenticated],
        security=PARTNERS_TOO,
        responses=problems(400, 401, 403, 404, 412, 428),
    )
    async def update_person(
        self,
        person_writes: NamedDependency[PersonService],
        languages: Languages,
        person_id: FromPath[UUID],
        data: JSONBody[PersonPatch],
        if_match: IfMatch = None,
        translations: Translations = False,
    ) -> Response[Person]:
        person = await person_writes.update_person(
            person_id, data, if_match=if_match, langs=languages, translations=translations
        )
        return with_etag(person)

    @post(
        "/{person_id:uuid}/affiliations",
        operation_id="create_affiliation",
        summary="Add an affiliation to a person",
        description=f"{WHO} A partner adds affiliations to its own organization only.",
        guards=[authenticated],
        security=PARTNERS_TOO,
        responses=problems(400, 401, 403, 404, 409, 422),
    )
    async def create_affiliation(
        self,
        person_writes: NamedDependency[PersonService],
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
    dependencies = {"people": READS, "person_writes": WRITES}

    @get(
        "/",
        operation_id="get_affiliation",
        summary="Get an affiliation",
        description="Seen by whoever may see the person.",
        opt={"public": True},
        responses=problems(400, 404),
    )
    async def get_affiliation(
        self,
        people: NamedDependency[PersonService],
        viewer: NamedDependency[Viewer],
        languages: Languages,
        affiliation_id: FromPath[UUID],
        translations: Translations = False,
    ) -> AffiliationDetail:
        return await people.get_affiliation(affiliation_id, langs=languages, viewer=viewer, translations=translations)

    @patch(
        "/",
        operation_id="update_affiliation",
        summary="Change an affiliation",
        description=f"{WHO} A partner changes affiliations to its own organization only. Sessions the person "
        "was put on keep the title they spoke under.",
        guards=[authenticated],
        security=PARTNERS_TOO,
        responses=problems(400, 401, 403, 404, 412, 428),
    )
    async def update_affiliation(
        self,
        person_writes: NamedDependency[PersonService],
        languages: Languages,
        affiliation_id: FromPath[UUID],
        data: JSONBody[AffiliationPatch],
        if_match: IfMatch = None,
    ) -> Response[AffiliationDetail]:
        affiliation = await person_writes.update_affiliation(affiliation_id, data, if_match=if_match, langs=languages)
        return with_etag(affiliation)

    @delete(
        "/",
        operation_id="delete_affiliation",
        summary="Delete an affiliation",
        description=f"{WHO} Sessions the person was put on keep the organization and title they spoke under.",
        guards=[authenticated],
        security=PARTNERS_TOO,
        status_code=HTTP_204_NO_CONTENT,
        responses=problems(400, 401, 403, 404, 412),
    )
    async def delete_affiliation(
        self,
        person_writes: NamedDependency[PersonService],
        languages: Languages,
        affiliation_id: FromPath[UUID],
        if_match: OptionalIfMatch = None,
    ) -> None:
        await person_writes.delete_affiliation(affiliation_id, if_match=if_match, langs=languages)
