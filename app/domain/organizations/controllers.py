"""Organizations: anyone reads them; organizers and admins register them; their own partners keep them up to
date. Who may change one: app/domain/organizations/services.py."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from litestar import Controller, Request, Response, get, patch, post
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, JSONBody, QueryParameter

from app.domain.organizations.deps import provide_organization_writes, provide_organizations
from app.domain.organizations.inputs import OrganizationInput, OrganizationPatch
from app.domain.organizations.schemas import ForumOrganizationPage, Organization, OrganizationPage
from app.domain.organizations.services import OrganizationService
from app.lib.etag import with_etag
from app.lib.guards import any_organizer, authenticated
from app.lib.i18n import Languages, Translations
from app.lib.idempotency.service import Idempotency, IdempotencyKey
from app.lib.openapi import API_KEY, BEARER, problems
from app.lib.pagination import DEFAULT_LIMIT, CursorParam, Limit, next_link
from app.lib.params import COUNTRY_CODE_PATTERN
from app.lib.preconditions import IfMatch

OrganizationCountry = Annotated[
    str | None,
    QueryParameter(
        name="country",
        pattern=COUNTRY_CODE_PATTERN,
        description="ISO 3166-1 alpha-2 code of the organization's country.",
    ),
]


def _location(organization: Organization) -> str:
    return f"/api/v1/organizations/{organization.id}"


class OrganizationController(Controller):
    path = "/api/v1/organizations"
    tags = ["Organizations"]
    dependencies = {
        "organizations": Provide(provide_organizations, sync_to_thread=False),
        "organization_writes": Provide(provide_organization_writes, sync_to_thread=False),
    }

    @get(
        "/",
        operation_id="list_organizations",
        summary="List organizations",
        description="Organizations in alphabetical order of their name in their own language.",
        opt={"public": True},  # anyone may call: see tests/integration/test_access_matrix.py
        responses=problems(400),
    )
    async def list_organizations(
        self,
        request: Request[Any, Any, Any],
        organizations: NamedDependency[OrganizationService],
        languages: Languages,
        country: OrganizationCountry = None,
        limit: Limit = DEFAULT_LIMIT,
        cursor: CursorParam = None,
    ) -> Response[OrganizationPage]:
        page = await organizations.list_organizations(
            langs=languages, limit=limit, country=country.upper() if country else None, cursor=cursor
        )
        return Response(page, headers=next_link(request, page.next))

    @get(
        "/{organization_id:uuid}",
        operation_id="get_organization",
        summary="Get an organization",
        opt={"public": True},
        responses=problems(400, 404),
    )
    async def get_organization(
        self,
        organizations: NamedDependency[OrganizationService],
        languages: Languages,
        organization_id: FromPath[UUID],
        translations: Translations = False,
    ) -> Organization:
        return await organizations.get_organization(organization_id, langs=languages, translations=translations)

    @post(
        "/",
        operation_id="create_organization",
        summary="Register an organization",
        description="For platform admins and the organizers of any forum, who register their speakers' organizations.",
        guards=[any_organizer],
        security=[{BEARER: []}],
        responses=problems(400, 401, 403, 409, 422),
    )
    async def create_organization(
        self,
        organization_writes: NamedDependency[OrganizationService],
        idempotency: NamedDependency[Idempotency],
        languages: Languages,
        data: JSONBody[OrganizationInput],
        idempotency_key: IdempotencyKey = None,
        translations: Translations = False,
    ) -> Response[Organization]:
        return await idempotency.create(
            idempotency_key,
            lambda: organization_writes.create(data, languages, translations),
            Organization,
            location=_location,
        )

    @patch(
        "/{organization_id:uuid}",
        operation_id="update_organization",
        summary="Change an organization",
        description="For the organization's own admins and read-write API keys, and platform admins; "
        "organizers may correct an organization no partner manages yet. Send only the fields that change, "
        "with the ETag you read in If-Match.",
        guards=[authenticated],
        security=[{BEARER: []}, {API_KEY: []}],
        responses=problems(400, 401, 403, 404, 412, 428),
    )
    async def update_organization(
        self,
        organization_writes: NamedDependency[OrganizationService],
        languages: Languages,
        organization_id: FromPath[UUID],
        data: JSONBody[OrganizationPatch],
        if_match: IfMatch = None,
        translations: Translations = False,
    ) -> Response[Organization]:
        organization = await organization_writes.update(
            organization_id, data, if_match=if_match, langs=languages, translations=translations
        )
        return with_etag(organization)


class ForumOrganizationController(Controller):
    path = "/api/v1/forums/{forum_id:uuid}/organizations"
    tags = ["Organizations"]
    dependencies = {"organizations": Provide(provide_organizations, sync_to_thread=False)}

    @get(
        "/",
        operation_id="list_forum_organizations",
        summary="A forum's organizations",
        description="The organizations taking part in the forum: those its listed speakers spoke for (see "
        "list_forum_speakers) and those with an active delegation registration, with how many people of each. "
        "Public fields only, in alphabetical order of the name in the organization's own language.",
        opt={"public": True},  # anyone may call: see tests/integration/test_access_matrix.py
        responses=problems(400, 404),
    )
    async def list_forum_organizations(
        self,
        request: Request[Any, Any, Any],
        organizations: NamedDependency[OrganizationService],
        languages: Languages,
        forum_id: FromPath[UUID],
        limit: Limit = DEFAULT_LIMIT,
        cursor: CursorParam = None,
    ) -> Response[ForumOrganizationPage]:
        page = await organizations.of_forum(forum_id, langs=languages, limit=limit, cursor=cursor)
        return Response(page, headers=next_link(request, page.next))
