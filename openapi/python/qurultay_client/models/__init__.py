"""Contains all the data models used in inputs/outputs"""

from .actor import Actor
from .affiliation import Affiliation
from .affiliation_detail import AffiliationDetail
from .affiliation_input import AffiliationInput
from .affiliation_input_title import AffiliationInputTitle
from .affiliation_patch import AffiliationPatch
from .affiliation_patch_title_type_0 import AffiliationPatchTitleType0
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
from .cancel_result import CancelResult
from .change import Change
from .change_kind import ChangeKind
from .change_page import ChangePage
from .change_type import ChangeType
from .check_in import CheckIn
from .check_in_input import CheckInInput
from .citation import Citation
from .citation_input import CitationInput
from .conflicting_object import ConflictingObject
from .contact import Contact
from .country import Country
from .country_code import CountryCode
from .delegation import Delegation
from .delegation_input import DelegationInput
from .delegation_quota_input import DelegationQuotaInput
from .delegation_quota_view import DelegationQuotaView
from .directory_page import DirectoryPage
from .existing_delegate import ExistingDelegate
from .field_error import FieldError
from .forum import Forum
from .forum_input import ForumInput
from .forum_input_description_type_0 import ForumInputDescriptionType0
from .forum_input_status import ForumInputStatus
from .forum_input_title import ForumInputTitle
from .forum_organization import ForumOrganization
from .forum_organization_page import ForumOrganizationPage
from .forum_page import ForumPage
from .forum_patch import ForumPatch
from .forum_patch_description_type_0 import ForumPatchDescriptionType0
from .forum_patch_title_type_0 import ForumPatchTitleType0
from .forum_speaker import ForumSpeaker
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
from .my_change import MyChange
from .my_change_page import MyChangePage
from .my_registration_page import MyRegistrationPage
from .my_session_registration import MySessionRegistration
from .new_delegate import NewDelegate
from .organization import Organization
from .organization_input import OrganizationInput
from .organization_input_name import OrganizationInputName
from .organization_page import OrganizationPage
from .organization_patch import OrganizationPatch
from .organization_patch_name_type_0 import OrganizationPatchNameType0
from .organization_role import OrganizationRole
from .organization_summary import OrganizationSummary
from .organizer import Organizer
from .organizer_input import OrganizerInput
from .organizer_list import OrganizerList
from .participant import Participant
from .participant_detail import ParticipantDetail
from .participant_input import ParticipantInput
from .participant_patch import ParticipantPatch
from .participant_role import ParticipantRole
from .person import Person
from .person_entry import PersonEntry
from .person_input import PersonInput
from .person_input_bio_type_0 import PersonInputBioType0
from .person_patch import PersonPatch
from .person_patch_bio_type_0 import PersonPatchBioType0
from .problem import Problem
from .refresh_input import RefreshInput
from .registered_person import RegisteredPerson
from .registration_category import RegistrationCategory
from .registration_input import RegistrationInput
from .registration_input_category import RegistrationInputCategory
from .registration_page import RegistrationPage
from .registration_policy import RegistrationPolicy
from .registration_policy_input import RegistrationPolicyInput
from .registration_row import RegistrationRow
from .registration_status import RegistrationStatus
from .registration_view import RegistrationView
from .retraction_input import RetractionInput
from .room import Room
from .room_detail import RoomDetail
from .room_input import RoomInput
from .room_patch import RoomPatch
from .session_detail import SessionDetail
from .session_input import SessionInput
from .session_input_description_type_0 import SessionInputDescriptionType0
from .session_input_status import SessionInputStatus
from .session_input_title import SessionInputTitle
from .session_kind import SessionKind
from .session_page import SessionPage
from .session_patch import SessionPatch
from .session_patch_description_type_0 import SessionPatchDescriptionType0
from .session_patch_title_type_0 import SessionPatchTitleType0
from .session_status import SessionStatus
from .session_summary import SessionSummary
from .signup_input import SignupInput
from .snapshot_citation import SnapshotCitation
from .speaker import Speaker
from .speaker_page import SpeakerPage
from .speaker_session import SpeakerSession
from .statement import Statement
from .statement_hit import StatementHit
from .statement_input import StatementInput
from .statement_input_status import StatementInputStatus
from .statement_input_text import StatementInputText
from .statement_kind import StatementKind
from .statement_page import StatementPage
from .statement_patch import StatementPatch
from .statement_patch_text_type_0 import StatementPatchTextType0
from .statement_revision import StatementRevision
from .statement_revision_page import StatementRevisionPage
from .statement_search_page import StatementSearchPage
from .statement_snapshot import StatementSnapshot
from .statement_snapshot_text import StatementSnapshotText
from .statement_status import StatementStatus
from .ticket import Ticket
from .time_zone import TimeZone
from .title_input import TitleInput
from .title_input_translations import TitleInputTranslations
from .token_pair import TokenPair
from .topic import Topic

__all__ = (
    "Actor",
    "Affiliation",
    "AffiliationDetail",
    "AffiliationInput",
    "AffiliationInputTitle",
    "AffiliationPatch",
    "AffiliationPatchTitleType0",
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
    "CancelResult",
    "Change",
    "ChangeKind",
    "ChangePage",
    "ChangeType",
    "CheckIn",
    "CheckInInput",
    "Citation",
    "CitationInput",
    "ConflictingObject",
    "Contact",
    "Country",
    "CountryCode",
    "Delegation",
    "DelegationInput",
    "DelegationQuotaInput",
    "DelegationQuotaView",
    "DirectoryPage",
    "ExistingDelegate",
    "FieldError",
    "Forum",
    "ForumInput",
    "ForumInputDescriptionType0",
    "ForumInputStatus",
    "ForumInputTitle",
    "ForumOrganization",
    "ForumOrganizationPage",
    "ForumPage",
    "ForumPatch",
    "ForumPatchDescriptionType0",
    "ForumPatchTitleType0",
    "ForumSpeaker",
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
    "MyChange",
    "MyChangePage",
    "MyRegistrationPage",
    "MySessionRegistration",
    "NewDelegate",
    "Organization",
    "OrganizationInput",
    "OrganizationInputName",
    "OrganizationPage",
    "OrganizationPatch",
    "OrganizationPatchNameType0",
    "OrganizationRole",
    "OrganizationSummary",
    "Organizer",
    "OrganizerInput",
    "OrganizerList",
    "Participant",
    "ParticipantDetail",
    "ParticipantInput",
    "ParticipantPatch",
    "ParticipantRole",
    "Person",
    "PersonEntry",
    "PersonInput",
    "PersonInputBioType0",
    "PersonPatch",
    "PersonPatchBioType0",
    "Problem",
    "RefreshInput",
    "RegisteredPerson",
    "RegistrationCategory",
    "RegistrationInput",
    "RegistrationInputCategory",
    "RegistrationPage",
    "RegistrationPolicy",
    "RegistrationPolicyInput",
    "RegistrationRow",
    "RegistrationStatus",
    "RegistrationView",
    "RetractionInput",
    "Room",
    "RoomDetail",
    "RoomInput",
    "RoomPatch",
    "SessionDetail",
    "SessionInput",
    "SessionInputDescriptionType0",
    "SessionInputStatus",
    "SessionInputTitle",
    "SessionKind",
    "SessionPage",
    "SessionPatch",
    "SessionPatchDescriptionType0",
    "SessionPatchTitleType0",
    "SessionStatus",
    "SessionSummary",
    "SignupInput",
    "SnapshotCitation",
    "Speaker",
    "SpeakerPage",
    "SpeakerSession",
    "Statement",
    "StatementHit",
    "StatementInput",
    "StatementInputStatus",
    "StatementInputText",
    "StatementKind",
    "StatementPage",
    "StatementPatch",
    "StatementPatchTextType0",
    "StatementRevision",
    "StatementRevisionPage",
    "StatementSearchPage",
    "StatementSnapshot",
    "StatementSnapshotText",
    "StatementStatus",
    "Ticket",
    "TimeZone",
    "TitleInput",
    "TitleInputTranslations",
    "TokenPair",
    "Topic",
)
