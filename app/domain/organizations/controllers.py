from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from litestar import Controller, Request, Response, get
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, QueryParameter

from app.domain.organizations.deps import provide_organization_read_service
from app.domain.organizations.schemas import Organization, OrganizationPage
from app.domain.organizations.services import OrganizationReadService
from app.lib.i18n import Languages, Translations
from app.lib.openapi import problems
from app.lib.pagination import DEFAULT_LIMIT, CursorParam, Limit, next_link
from app.lib.params import COUNTRY_CODE_PATTERN

OrganizationCountry = Annotated[
    str | None,
    QueryParameter(
        name="country",
        pattern=COUNTRY_CODE_PATTERN,
        description="ISO 3166-1 alpha-2 code of the organization's country.",
    ),
]


class OrganizationController(Controller):
    path = "/api/v1/organizations"
    tags = ["Organizations"]
    opt = {"public": True}  # anyone may call: see tests/integration/test_access_matrix.py
    dependencies = {"organizations": Provide(provide_organization_read_service, sync_to_thread=False)}

    @get(
        "/",
        operation_id="list_organizations",
        summary="List organizations",
        description="Organizations in alphabetical order of their name in their own language.",
        responses=problems(400),
    )
    async def list_organizations(
        self,
        request: Request[Any, Any, Any],
        organizations: NamedDependency[OrganizationReadService],
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
        responses=problems(400, 404),
    )
    async def get_organization(
        self,
        organizations: NamedDependency[OrganizationReadService],
        languages: Languages,
        organization_id: FromPath[UUID],
        translations: Translations = False,
    ) -> Organization:
        return await organizations.get_organization(organization_id, langs=languages, translations=translations)
