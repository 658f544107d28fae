import type { EditableProposal, ProposalListItem } from '@web/modules/proposals/graphql/proposals';
import { MY_PROPOSALS_QUERY, PROPOSAL_QUERY } from '@web/modules/proposals/graphql/proposals';
import { myProposalsVariables, type ProposalList } from '@web/modules/proposals/hooks/use-my-proposals';
import type { MockedResponses } from './render';

export const LEAD_ID = '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a';
export const PARTNER_ID = '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d';
export const OWNER_ID = '6f1c2a8e-3b7d-4c55-9a21-0d4e8b9f7a10';
export const PROPOSAL_ID = '9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4';
export const PROPOSAL_PROJECT_ID = '0b9c3f2e-5a41-4f7d-8e63-2c1d9a7b4e55';

export function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}

const organisation = (id: string, name: string, shortName: string | null, kind: 'UNIVERSITY' | 'ENTERPRISE' | 'STATE') => ({ __typename: 'Organisation' as const, id, name, shortName, kind });

export const PARTNER_ORG = organisation(PARTNER_ID, 'Công ty Cổ phần Công nghệ Bình Dương', 'BDTech', 'ENTERPRISE');

export function partner(status: 'PENDING' | 'CONFIRMED' | 'DECLINED', org = PARTNER_ORG): EditableProposal['partners'][number] {
  return { __typename: 'ProposalPartner', proposalId: PROPOSAL_ID, status, confirmed: status === 'CONFIRMED', respondedAt: status === 'PENDING' ? null : '2026-03-02T08:00:00Z', organisation: org };
}

/** A complete draft led by the university, with one partner (pending unless told). */
export function editableProposal(overrides: Partial<EditableProposal> = {}): EditableProposal {
  return {
    __typename: 'Proposal',
    id: PROPOSAL_ID,
    title: 'Cảm biến mực nước giá rẻ cho đô thị',
    abstract: 'Mạng cảm biến LoRa đo mực nước tại 20 điểm hay ngập.',
    approach: '## Phương pháp\n\nLắp đặt **20** cảm biến.',
    status: 'DRAFT',
    version: 3,
    viewerRole: 'LEAD',
    submittedAt: null,
    submissionCount: 0,
    contentHash: null,
    submissions: [],
    withdrawnAt: null,
    decidedAt: null,
    decision: null,
    feedback: null,
    updatedAt: '2026-03-01T08:00:00Z',
    requestedBudget: { __typename: 'Money', amount: 1_000_000_000, currency: 'VND' },
    durationMonths: 12,
    team: [{ __typename: 'TeamMember', name: 'Nguyễn Thị Lan', role: 'Chủ nhiệm', organisation: 'TDMU' }],
    budgetLines: [
      { __typename: 'BudgetLine', item: 'Thiết bị', amount: 600_000_000, note: null },
      { __typename: 'BudgetLine', item: 'Nhân công', amount: 400_000_000, note: null },
    ],
    attachments: [],
    lead: { __typename: 'Organisation', id: LEAD_ID, name: 'Trường Đại học Thủ Dầu Một', shortName: 'TDMU' },
    partners: [partner('PENDING')],
    project: {
      __typename: 'Project',
      id: PROPOSAL_PROJECT_ID,
      title: 'Cảnh báo ngập lụt đô thị theo thời gian thực',
      status: 'OPEN',
      closesAt: inDays(10),
      sealed: true,
      owner: { __typename: 'Organisation', id: OWNER_ID, name: 'Sở Khoa học và Công nghệ Bình Dương' },
    },
    agreement: null,
    ...overrides,
  };
}

export function proposalAnswer(proposal: EditableProposal, maxUsageCount = 1): MockedResponses[number] {
  return { request: { query: PROPOSAL_QUERY, variables: { id: proposal.id } }, result: { data: { proposal } }, maxUsageCount };
}

export function listItem(overrides: Partial<ProposalListItem> & Pick<ProposalListItem, 'id' | 'title'>): ProposalListItem {
  const base = editableProposal();
  return {
    __typename: 'Proposal',
    status: 'DRAFT',
    viewerRole: 'LEAD',
    submittedAt: null,
    updatedAt: '2026-03-01T08:00:00Z',
    decision: null,
    decidedAt: null,
    feedback: null,
    lead: base.lead,
    partners: [],
    project: {
      __typename: 'Project',
      id: PROPOSAL_PROJECT_ID,
      title: 'Cảnh báo ngập lụt đô thị theo thời gian thực',
      closesAt: inDays(10),
      status: 'OPEN',
      owner: { __typename: 'Organisation', id: OWNER_ID, name: 'Sở Khoa học và Công nghệ Bình Dương' },
    },
    ...overrides,
  };
}

export function myProposalsPage(list: ProposalList, nodes: ProposalListItem[], maxUsageCount = 1): MockedResponses[number] {
  return {
    request: { query: MY_PROPOSALS_QUERY, variables: myProposalsVariables(list) },
    result: {
      data: {
        myProposals: {
          __typename: 'ProposalConnection',
          totalCount: nodes.length,
          edges: nodes.map((node) => ({ __typename: 'ProposalEdge', cursor: `c-${node.id}`, node })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    },
    maxUsageCount,
  };
}
