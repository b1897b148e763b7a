"""Registering organizations (organizers, admins) and keeping them up to date (their own partners)."""

from __future__ import annotations

from uuid import UUID

from litestar import Controller, Response, patch, post
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, JSONBody

from app.domain.organizations.deps import provide_organization_write_service
from app.domain.organizations.inputs import OrganizationInput, OrganizationPatch
from app.domain.organizations.schemas import Organization
from app.domain.organizations.write_services import OrganizationWriteService
from app.lib.etag import representation_etag
from app.lib.guards import any_organizer, authenticated
from app.lib.i18n import Languages, Translations
from app.lib.idempotency.service import Idempotency, IdempotencyKey
from app.lib.openapi import API_KEY, BEARER, problems
from app.lib.preconditions import IfMatch


def _location(organization: Organization) -> str:
    return f"/api/v1/organizations/{organization.id}"


class OrganizationWriteController(Controller):
    path = "/api/v1/organizations"
    tags = ["Organizations"]
    dependencies = {"organization_writes": Provide(provide_organization_write_service, sync_to_thread=False)}

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
        organization_writes: NamedDependency[OrganizationWriteService],
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
        organization_writes: NamedDependency[OrganizationWriteService],
        languages: Languages,
        organization_id: FromPath[UUID],
        data: JSONBody[OrganizationPatch],
        if_match: IfMatch = None,
        translations: Translations = False,
    ) -> Response[Organization]:
        organization = await organization_writes.update(
            organization_id, data, if_match=if_match, langs=languages, translations=translations
        )
        return Response(organization, headers={"ETag": representation_etag(organization)})
