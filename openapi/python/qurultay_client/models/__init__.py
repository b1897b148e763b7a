"""Contains all the data models used in inputs/outputs"""

from .actor import Actor
from .affiliation import Affiliation
from .api_key import ApiKey
from .api_key_created import ApiKeyCreated
from .api_key_created_scope import ApiKeyCreatedScope
from .api_key_input import ApiKeyInput
from .api_key_input_scope import ApiKeyInputScope
from .api_key_list import ApiKeyList
from .api_key_scope import ApiKeyScope
from .appearance import Appearance
from .audit_event_page import AuditEventPage
from .audit_event_view import AuditEventView
from .audit_event_view_changes import AuditEventViewChanges
from .citation import Citation
from .country import Country
from .field_error import FieldError
from .forum import Forum
from .forum_input import ForumInput
from .forum_input_description_type_0 import ForumInputDescriptionType0
from .forum_input_title import ForumInputTitle
from .forum_page import ForumPage
from .forum_patch import ForumPatch
from .forum_patch_description_type_0 import ForumPatchDescriptionType0
from .forum_patch_title_type_0 import ForumPatchTitleType0
from .forum_status import ForumStatus
from .forum_summary import ForumSummary
from .health_status import HealthStatus
from .invitation_state import InvitationState
from .legal_form import LegalForm
from .localized_text import LocalizedText
from .localized_text_translations_type_0 import LocalizedTextTranslationsType0
from .login_input import LoginInput
from .me import Me
from .member import Member
from .member_input import MemberInput
from .member_list import MemberList
from .organization import Organization
from .organization_page import OrganizationPage
from .organization_role import OrganizationRole
from .organization_summary import OrganizationSummary
from .organizer import Organizer
from .organizer_input import OrganizerInput
from .organizer_list import OrganizerList
from .participant import Participant
from .participant_detail import ParticipantDetail
from .participant_input import ParticipantInput
from .participant_input_title_type_0 import ParticipantInputTitleType0
from .participant_patch import ParticipantPatch
from .participant_patch_title_type_0 import ParticipantPatchTitleType0
from .participant_role import ParticipantRole
from .person import Person
from .problem import Problem
from .refresh_input import RefreshInput
from .registration_policy import RegistrationPolicy
from .registration_policy_input import RegistrationPolicyInput
from .room import Room
from .room_detail import RoomDetail
from .room_input import RoomInput
from .room_patch import RoomPatch
from .session_detail import SessionDetail
from .session_input import SessionInput
from .session_input_description_type_0 import SessionInputDescriptionType0
from .session_input_title import SessionInputTitle
from .session_kind import SessionKind
from .session_page import SessionPage
from .session_patch import SessionPatch
from .session_patch_description_type_0 import SessionPatchDescriptionType0
from .session_patch_title_type_0 import SessionPatchTitleType0
from .session_status import SessionStatus
from .session_summary import SessionSummary
from .signup_input import SignupInput
from .speaker import Speaker
from .statement import Statement
from .statement_hit import StatementHit
from .statement_kind import StatementKind
from .statement_page import StatementPage
from .statement_search_page import StatementSearchPage
from .statement_status import StatementStatus
from .token_pair import TokenPair
from .topic import Topic

__all__ = (
    "Actor",
    "Affiliation",
    "ApiKey",
    "ApiKeyCreated",
    "ApiKeyCreatedScope",
    "ApiKeyInput",
    "ApiKeyInputScope",
    "ApiKeyList",
    "ApiKeyScope",
    "Appearance",
    "AuditEventPage",
    "AuditEventView",
    "AuditEventViewChanges",
    "Citation",
    "Country",
    "FieldError",
    "Forum",
    "ForumInput",
    "ForumInputDescriptionType0",
    "ForumInputTitle",
    "ForumPage",
    "ForumPatch",
    "ForumPatchDescriptionType0",
    "ForumPatchTitleType0",
    "ForumStatus",
    "ForumSummary",
    "HealthStatus",
    "InvitationState",
    "LegalForm",
    "LocalizedText",
    "LocalizedTextTranslationsType0",
    "LoginInput",
    "Me",
    "Member",
    "MemberInput",
    "MemberList",
    "Organization",
    "OrganizationPage",
    "OrganizationRole",
    "OrganizationSummary",
    "Organizer",
    "OrganizerInput",
    "OrganizerList",
    "Participant",
    "ParticipantDetail",
    "ParticipantInput",
    "ParticipantInputTitleType0",
    "ParticipantPatch",
    "ParticipantPatchTitleType0",
    "ParticipantRole",
    "Person",
    "Problem",
    "RefreshInput",
    "RegistrationPolicy",
    "RegistrationPolicyInput",
    "Room",
    "RoomDetail",
    "RoomInput",
    "RoomPatch",
    "SessionDetail",
    "SessionInput",
    "SessionInputDescriptionType0",
    "SessionInputTitle",
    "SessionKind",
    "SessionPage",
    "SessionPatch",
    "SessionPatchDescriptionType0",
    "SessionPatchTitleType0",
    "SessionStatus",
    "SessionSummary",
    "SignupInput",
    "Speaker",
    "Statement",
    "StatementHit",
    "StatementKind",
    "StatementPage",
    "StatementSearchPage",
    "StatementStatus",
    "TokenPair",
    "Topic",
)
