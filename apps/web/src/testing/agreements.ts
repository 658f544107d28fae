import type { AgreementStatus } from '@helix/domain';
import {
  AGREEMENT_QUERY,
  AGREEMENTS_QUERY,
  type AgreementListItem,
  type AgreementMilestoneView,
  type AgreementOrganisation,
  type AgreementVersionView,
  type AgreementView,
} from '@web/modules/agreements/graphql/agreements';
import { agreementsVariables, EMPTY_AGREEMENT_FILTERS, type AgreementListFilters } from '@web/modules/agreements/hooks/agreement-filters';
import { sessionMembership, sessionUser } from './identity';
import type { MockedResponses } from './render';

export const AGREEMENT_ID = '5b0c7a1e-2d3f-4a6b-9c8d-1e2f3a4b5c6d';

const organisation = (id: string, name: string, shortName: string, kind: 'STATE' | 'UNIVERSITY' | 'ENTERPRISE'): AgreementOrganisation => ({ __typename: 'Organisation', id, name, shortName, kind });

export const FUNDER = organisation('6f1c2a8e-3b7d-4c55-9a21-0d4e8b9f7a10', 'Sở Khoa học và Công nghệ Bình Dương', 'SKHCN', 'STATE');
export const UNIVERSITY = organisation('3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a', 'Trường Đại học Thủ Dầu Một', 'TDMU', 'UNIVERSITY');
export const COMPANY = organisation('7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d', 'Công ty Cổ phần Công nghệ Bình Dương', 'BDTech', 'ENTERPRISE');

/** Sixty-four hex digits, as a SHA-256 is written. */
export const HASH_V2 = '3f8a9c1d2e4b5a6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c';
export const HASH_V1 = '0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9';

const memberOf = (org: AgreementOrganisation, role: 'OWNER' | 'ADMIN' | 'MEMBER' | 'VIEWER') =>
  sessionMembership({ organisationId: org.id, name: org.name, shortName: org.shortName, kind: org.kind, role });

/** An admin of the funder, which manages the agreement. */
export const funderAdmin = sessionUser({ id: 'u-hai', fullName: 'Lê Thanh Hải', memberships: [memberOf(FUNDER, 'ADMIN')] });
/** An admin of the university (a party). */
export const universityAdmin = sessionUser({ id: 'u-lan', fullName: 'Nguyễn Thị Lan', memberships: [memberOf(UNIVERSITY, 'ADMIN')] });
/** A member of the company (a party). */
export const companyMember = sessionUser({ id: 'u-minh', fullName: 'Trần Văn Minh', memberships: [memberOf(COMPANY, 'MEMBER')] });

const money = (amount: number) => ({ __typename: 'Money' as const, amount, currency: 'VND' as const });

export function versionView(overrides: Partial<AgreementVersionView> = {}): AgreementVersionView {
  return {
    __typename: 'AgreementVersion',
    number: 2,
    hash: HASH_V2,
    amendment: false,
    authorName: 'Nguyễn Thị Lan',
    authorOrganisation: UNIVERSITY,
    createdAt: '2026-02-10T03:00:00Z',
    title: 'Cảnh báo ngập lụt đô thị',
    purpose: 'Lắp đặt mạng cảm biến mực nước tại 20 điểm hay ngập.',
    terms: '## Điều 1\n\nCác bên cùng triển khai.',
    startsOn: '2026-03-01',
    endsOn: '2027-02-28',
    timeZone: 'Asia/Ho_Chi_Minh',
    disclosed: true,
    totalValue: money(1_000_000_000),
    parties: [
      { __typename: 'VersionParty', role: 'FUNDER', organisation: FUNDER, contribution: { __typename: 'Contribution', inKind: null, money: money(1_000_000_000) } },
      { __typename: 'VersionParty', role: 'COORDINATOR', organisation: UNIVERSITY, contribution: { __typename: 'Contribution', inKind: 'Phòng thí nghiệm', money: money(0) } },
      { __typename: 'VersionParty', role: 'IMPLEMENTATION_PARTNER', organisation: COMPANY, contribution: { __typename: 'Contribution', inKind: null, money: money(0) } },
    ],
    milestones: [
      { __typename: 'VersionMilestone', id: 'm-1', title: 'Khảo sát hiện trạng', dueDate: '2026-04-30', deliverable: 'Báo cáo khảo sát', paymentShare: 40, responsible: UNIVERSITY },
      { __typename: 'VersionMilestone', id: 'm-2', title: 'Lắp đặt cảm biến', dueDate: '2026-09-30', deliverable: '20 cảm biến hoạt động', paymentShare: 60, responsible: COMPANY },
    ],
    attachments: [],
    signatures: [],
    ...overrides,
  };
}

export function milestoneView(overrides: Partial<AgreementMilestoneView> & Pick<AgreementMilestoneView, 'id' | 'title'>): AgreementMilestoneView {
  return {
    __typename: 'AgreementMilestone',
    agreementId: AGREEMENT_ID,
    dueDate: '2026-04-30',
    deliverable: 'Báo cáo khảo sát',
    paymentShare: 40,
    status: 'PLANNED',
    overdue: false,
    submittedAt: null,
    reviewedAt: null,
    responsible: UNIVERSITY,
    viewerCan: { __typename: 'MilestoneCapabilities', submit: false, review: false, reviewingOrganisationId: null },
    events: [],
    ...overrides,
  };
}

const party = (org: AgreementOrganisation, role: AgreementView['parties'][number]['role'], amount: number, signed?: { by: string; at: string }): AgreementView['parties'][number] => ({
  __typename: 'AgreementParty',
  role,
  signedAt: signed?.at ?? null,
  signedBy: signed?.by ?? null,
  organisation: org,
  contribution: { __typename: 'Contribution', inKind: null, money: money(amount) },
});

/** An agreement in negotiation, managed by the funder, with the three parties and two milestones. */
export function agreementView(overrides: Partial<AgreementView> = {}): AgreementView {
  const current = versionView();
  return {
    __typename: 'Agreement',
    id: AGREEMENT_ID,
    title: current.title,
    purpose: current.purpose,
    terms: current.terms,
    status: 'NEGOTIATION',
    version: current.number,
    startsOn: current.startsOn,
    endsOn: current.endsOn,
    timeZone: current.timeZone,
    disclosed: current.disclosed,
    amendmentPending: false,
    endReason: null,
    createdAt: '2026-02-01T03:00:00Z',
    updatedAt: '2026-02-10T03:00:00Z',
    activatedAt: null,
    cancelledAt: null,
    completedAt: null,
    terminatedAt: null,
    signaturesRequestedAt: null,
    viewerRoles: ['PARTY'],
    viewerCan: { __typename: 'AgreementCapabilities', edit: true, amend: false, manage: false, sign: false, signingOrganisationId: null },
    totalValue: money(1_000_000_000),
    managingOrganisation: FUNDER,
    project: { __typename: 'Project', id: '0b9c3f2e-5a41-4f7d-8e63-2c1d9a7b4e55', title: 'Cảnh báo ngập lụt đô thị theo thời gian thực' },
    proposal: null,
    parties: [party(FUNDER, 'FUNDER', 1_000_000_000), party(UNIVERSITY, 'COORDINATOR', 0), party(COMPANY, 'IMPLEMENTATION_PARTNER', 0)],
    missingSignatures: [],
    milestones: [
      milestoneView({ id: 'm-1', title: 'Khảo sát hiện trạng' }),
      milestoneView({ id: 'm-2', title: 'Lắp đặt cảm biến', dueDate: '2026-09-30', deliverable: '20 cảm biến hoạt động', paymentShare: 60, responsible: COMPANY }),
    ],
    attachments: [],
    currentVersion: current,
    signedVersion: null,
    versions: [
      { __typename: 'AgreementVersion', number: 2, hash: HASH_V2, amendment: false, authorName: 'Nguyễn Thị Lan', authorOrganisation: UNIVERSITY, createdAt: '2026-02-10T03:00:00Z' },
      { __typename: 'AgreementVersion', number: 1, hash: HASH_V1, amendment: false, authorName: 'Lê Thanh Hải', authorOrganisation: FUNDER, createdAt: '2026-02-01T03:00:00Z' },
    ],
    ...overrides,
  };
}

/** The same agreement awaiting signatures: the university has signed version 2, the funder and the company have not. */
export function pendingAgreement(overrides: Partial<AgreementView> = {}): AgreementView {
  const signedAt = '2026-02-12T02:30:00Z';
  return agreementView({
    status: 'PENDING_SIGNATURES',
    signaturesRequestedAt: '2026-02-11T03:00:00Z',
    parties: [party(FUNDER, 'FUNDER', 1_000_000_000), party(UNIVERSITY, 'COORDINATOR', 0, { by: 'Nguyễn Thị Lan', at: signedAt }), party(COMPANY, 'IMPLEMENTATION_PARTNER', 0)],
    currentVersion: versionView({
      signatures: [{ __typename: 'AgreementSignature', organisation: UNIVERSITY, signerName: 'Nguyễn Thị Lan', signedAt, versionHash: HASH_V2, versionNumber: 2 }],
    }),
    missingSignatures: [FUNDER, COMPANY],
    ...overrides,
  });
}

export function agreementAnswer(agreement: AgreementView, maxUsageCount = 1): MockedResponses[number] {
  return { request: { query: AGREEMENT_QUERY, variables: { id: agreement.id } }, result: { data: { agreement } }, maxUsageCount };
}

export function listItem(overrides: Partial<AgreementListItem> & Pick<AgreementListItem, 'id' | 'title'>, status: AgreementStatus = 'ACTIVE'): AgreementListItem {
  return {
    __typename: 'Agreement',
    status,
    version: 3,
    startsOn: '2026-03-01',
    endsOn: '2027-02-28',
    amendmentPending: false,
    updatedAt: '2026-03-05T03:00:00Z',
    viewerRoles: ['PARTY'],
    totalValue: money(1_000_000_000),
    managingOrganisation: FUNDER,
    parties: [
      { __typename: 'AgreementParty', role: 'FUNDER', organisation: FUNDER },
      { __typename: 'AgreementParty', role: 'COORDINATOR', organisation: UNIVERSITY },
    ],
    milestones: [],
    ...overrides,
  };
}

export function agreementsPage(nodes: AgreementListItem[], filters: AgreementListFilters = EMPTY_AGREEMENT_FILTERS, maxUsageCount = 1): MockedResponses[number] {
  return {
    request: { query: AGREEMENTS_QUERY, variables: agreementsVariables(filters) },
    result: {
      data: {
        agreements: {
          __typename: 'AgreementConnection',
          totalCount: nodes.length,
          edges: nodes.map((node) => ({ __typename: 'AgreementEdge', cursor: `c-${node.id}`, node })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    },
    maxUsageCount,
  };
}
