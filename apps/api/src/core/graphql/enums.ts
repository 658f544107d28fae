import { registerEnumType } from '@nestjs/graphql';
import {
  AGREEMENT_PARTY_ROLES,
  AGREEMENT_STATUSES,
  AUDIT_SUBJECT_TYPES,
  CURRENCIES,
  ELIGIBILITY_REASONS,
  ICF_INDICATORS,
  MILESTONE_STATUSES,
  MEMBERSHIP_ROLES,
  ORGANISATION_KINDS,
  ORGANISATION_STATUSES,
  PARTNER_STATUSES,
  PARTNER_SUGGESTION_REASONS,
  PROJECT_DOMAINS,
  PROJECT_KINDS,
  PROJECT_SORTS,
  PROJECT_STATUSES,
  PROJECT_VISIBILITIES,
  PROPOSAL_DECISIONS,
  PROPOSAL_STATUSES,
  RECOMMENDATION_REASONS,
} from '@helix/domain';

/** Turns a domain list of names into the object form GraphQL enums are registered from. */
function enumObject<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T[number]]: K };
}

export const OrganisationKindEnum = enumObject(ORGANISATION_KINDS);
export const OrganisationStatusEnum = enumObject(ORGANISATION_STATUSES);
export const MembershipRoleEnum = enumObject(MEMBERSHIP_ROLES);

registerEnumType(OrganisationKindEnum, { name: 'OrganisationKind', description: 'State, University or Enterprise: the three helices.' });
registerEnumType(OrganisationStatusEnum, { name: 'OrganisationStatus' });
registerEnumType(MembershipRoleEnum, { name: 'MembershipRole' });

export const ProjectKindEnum = enumObject(PROJECT_KINDS);
export const ProjectDomainEnum = enumObject(PROJECT_DOMAINS);
export const IcfIndicatorEnum = enumObject(ICF_INDICATORS);
export const ProjectStatusEnum = enumObject(PROJECT_STATUSES);
export const ProjectVisibilityEnum = enumObject(PROJECT_VISIBILITIES);
export const CurrencyEnum = enumObject(CURRENCIES);
export const ProjectSortEnum = enumObject(PROJECT_SORTS);
export const RecommendationReasonEnum = enumObject(RECOMMENDATION_REASONS);
export const EligibilityReasonEnum = enumObject(ELIGIBILITY_REASONS);

registerEnumType(ProjectKindEnum, { name: 'ProjectKind' });
registerEnumType(ProjectDomainEnum, { name: 'ProjectDomain', description: 'Smart-city domain of a project.' });
registerEnumType(IcfIndicatorEnum, { name: 'IcfIndicatorCode', description: 'Intelligent Community Forum indicator; names come from `icfIndicators`.' });
registerEnumType(ProjectStatusEnum, { name: 'ProjectStatus', description: 'OPEN becomes EVALUATION at the closing time.' });
registerEnumType(ProjectVisibilityEnum, { name: 'ProjectVisibility', description: 'PUBLIC: anyone; PLATFORM: signed-in members of verified organisations; INVITED: named organisations.' });
registerEnumType(CurrencyEnum, { name: 'Currency' });
registerEnumType(ProjectSortEnum, { name: 'ProjectSort' });
registerEnumType(RecommendationReasonEnum, { name: 'RecommendationReason' });
registerEnumType(EligibilityReasonEnum, { name: 'EligibilityReason' });

export const ProposalStatusEnum = enumObject(PROPOSAL_STATUSES);
export const ProposalDecisionEnum = enumObject(PROPOSAL_DECISIONS);
export const PartnerStatusEnum = enumObject(PARTNER_STATUSES);
export const ReviewerDeclarationEnum = enumObject(['UNDECLARED', 'CONFLICT', 'NO_CONFLICT'] as const);
export const ProposalRoleEnum = enumObject(['LEAD', 'PARTNER', 'OWNER'] as const);
export const PartnerSuggestionReasonEnum = enumObject(PARTNER_SUGGESTION_REASONS);

registerEnumType(ProposalStatusEnum, { name: 'ProposalStatus', description: 'SUBMITTED becomes UNDER_REVIEW at the project’s closing time.' });
registerEnumType(ProposalDecisionEnum, { name: 'ProposalDecision' });
registerEnumType(PartnerStatusEnum, { name: 'PartnerStatus' });
registerEnumType(ReviewerDeclarationEnum, { name: 'ReviewerDeclaration', description: 'A reviewer’s conflict-of-interest declaration.' });
registerEnumType(PartnerSuggestionReasonEnum, { name: 'PartnerSuggestionReason', description: 'Why the partner finder suggests an organisation.' });
registerEnumType(ProposalRoleEnum, { name: 'ProposalRole', description: 'What your organisation is to a proposal: its lead, a partner, or the project owner.' });

export const AgreementStatusEnum = enumObject(AGREEMENT_STATUSES);
export const AgreementPartyRoleEnum = enumObject(AGREEMENT_PARTY_ROLES);
export const MilestoneStatusEnum = enumObject(MILESTONE_STATUSES);
export const MilestoneEventActionEnum = enumObject(['SUBMITTED', 'ACCEPTED', 'REJECTED'] as const);
export const DiffLineKindEnum = enumObject(['ADDED', 'REMOVED', 'UNCHANGED'] as const);
export const ChangeScopeEnum = enumObject(['AGREEMENT', 'PARTY', 'MILESTONE', 'ATTACHMENT'] as const);
export const AgreementRoleEnum = enumObject(['MANAGER', 'PARTY'] as const);

registerEnumType(AgreementStatusEnum, { name: 'AgreementStatus', description: 'DRAFT → NEGOTIATION → PENDING_SIGNATURES → ACTIVE → COMPLETED | TERMINATED; CANCELLED before ACTIVE.' });
registerEnumType(AgreementPartyRoleEnum, { name: 'AgreementPartyRole' });
registerEnumType(MilestoneStatusEnum, { name: 'MilestoneStatus', description: 'PLANNED → SUBMITTED → ACCEPTED | REJECTED (a rejected one is submitted again).' });
registerEnumType(MilestoneEventActionEnum, { name: 'MilestoneEventAction' });
registerEnumType(DiffLineKindEnum, { name: 'DiffLineKind' });
registerEnumType(ChangeScopeEnum, { name: 'ChangeScope', description: 'What a field change belongs to: the agreement, a party, a milestone or an attached file.' });
registerEnumType(AgreementRoleEnum, { name: 'AgreementRole', description: 'What your organisation is to an agreement: its manager (also a party) or a party.' });

export const AuditSubjectTypeEnum = enumObject(AUDIT_SUBJECT_TYPES);
registerEnumType(AuditSubjectTypeEnum, { name: 'AuditSubjectType' });
