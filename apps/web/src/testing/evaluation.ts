import type { EvaluationBoardQuery, EvaluationProposalFragment, ProposalReviewQuery } from '@web/gql/graphql';
import { EVALUATION_BOARD_QUERY, PROPOSAL_REVIEW_QUERY, REVIEWER_CANDIDATES_QUERY } from '@web/modules/evaluation/graphql/evaluation';
import { REVIEWER_CANDIDATES_PAGE } from '@web/modules/evaluation/pages/evaluation-board-page';
import { sessionMembership, sessionUser } from './identity';
import { daysFromNow, OWNER, PROJECT_ID } from './projects';
import type { MockedResponses } from './render';

type Board = EvaluationBoardQuery['project'];
type Reviewer = EvaluationProposalFragment['reviewers'][number];
type Review = ProposalReviewQuery['proposal'];

export const CRITERIA: Board['criteria'] = [
  { __typename: 'ProjectCriterion', id: 'c-1', name: 'Giải pháp kỹ thuật', description: 'Độ chín của công nghệ, khả năng tích hợp với hệ thống hiện có.', weight: 60 },
  { __typename: 'ProjectCriterion', id: 'c-2', name: 'Chi phí', description: null, weight: 40 },
];

/** An admin of the project owner (manages the evaluation). */
export const ownerAdmin = sessionUser({
  id: 'u-hai',
  fullName: 'Lê Thanh Hải',
  memberships: [sessionMembership({ organisationId: OWNER.id, name: OWNER.name, kind: 'STATE', role: 'ADMIN' })],
});

/** A member of the owner, assigned as a reviewer. */
export const reviewerUser = sessionUser({
  id: 'u-thu',
  fullName: 'Phạm Minh Thư',
  memberships: [sessionMembership({ organisationId: OWNER.id, name: OWNER.name, kind: 'STATE', role: 'MEMBER' })],
});

export const lead = (id: string, name: string) => ({ __typename: 'Organisation' as const, id, name, shortName: null, kind: 'ENTERPRISE' as const });

export function reviewer(overrides: Partial<Reviewer> & { userId?: string; fullName?: string; proposalId?: string } = {}): Reviewer {
  const { userId = reviewerUser.id, fullName = reviewerUser.fullName, proposalId = 'p-1', ...rest } = overrides;
  return {
    __typename: 'ProposalReviewer',
    proposalId,
    declaration: 'UNDECLARED',
    declarationNote: null,
    declaredAt: null,
    user: { __typename: 'User', id: userId, fullName },
    scores: [],
    ...rest,
  };
}

export function evaluationProposal(overrides: Partial<EvaluationProposalFragment> & Pick<EvaluationProposalFragment, 'id'>): EvaluationProposalFragment {
  return {
    __typename: 'Proposal',
    title: 'Đề xuất',
    status: 'UNDER_REVIEW',
    submittedAt: '2025-04-10T03:00:00Z',
    decidedAt: null,
    lead: lead('o-becamex', 'Becamex IDC'),
    partners: [],
    reviewers: [],
    decisions: [],
    agreement: null,
    ...overrides,
  };
}

export function ranked(proposal: EvaluationProposalFragment, rank: number | null, score: number | null): NonNullable<Board['ranking']>[number] {
  return { __typename: 'RankedProposal', rank, score, proposal };
}

export function boardProject(overrides: Partial<Board> = {}): Board {
  return {
    __typename: 'Project',
    id: PROJECT_ID,
    title: 'Thí điểm đèn tín hiệu giao thông thông minh',
    status: 'EVALUATION',
    sealed: true,
    closesAt: daysFromNow(-2),
    decidedAt: null,
    viewerCanManage: true,
    owner: { __typename: 'Organisation', id: OWNER.id, name: OWNER.name, status: 'VERIFIED', myRole: 'ADMIN' },
    criteria: CRITERIA,
    ranking: [],
    ...overrides,
  };
}

export function boardAnswer(project: Board): MockedResponses[number] {
  return { request: { query: EVALUATION_BOARD_QUERY, variables: { id: project.id } }, result: { data: { project } } };
}

export function candidatesAnswer(members: { userId: string; fullName: string; role?: 'OWNER' | 'ADMIN' | 'MEMBER' | 'VIEWER' }[]): MockedResponses[number] {
  return {
    request: { query: REVIEWER_CANDIDATES_QUERY, variables: { id: OWNER.id, first: REVIEWER_CANDIDATES_PAGE } },
    result: {
      data: {
        organisation: {
          __typename: 'Organisation',
          id: OWNER.id,
          members: {
            __typename: 'MembershipConnection',
            totalCount: members.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: members.map((member, index) => ({
              __typename: 'MembershipEdge',
              cursor: `m-${index}`,
              node: { __typename: 'Membership', id: `m-${member.userId}`, role: member.role ?? 'MEMBER', user: { __typename: 'User', id: member.userId, fullName: member.fullName } },
            })),
          },
        },
      },
    },
  };
}

export function reviewProposal(overrides: Partial<Review> = {}): Review {
  return {
    __typename: 'Proposal',
    id: 'p-1',
    title: 'Đèn tín hiệu thích ứng dùng camera AI',
    abstract: 'Điều khiển chu kỳ đèn theo lưu lượng đo bằng camera.',
    approach: '## Phương pháp\n\nThí điểm tại **12 nút giao**.',
    status: 'UNDER_REVIEW',
    submittedAt: '2025-04-10T03:00:00Z',
    durationMonths: 12,
    requestedBudget: { __typename: 'Money', amount: 1_800_000_000, currency: 'VND' },
    lead: { __typename: 'Organisation', id: 'o-becamex', name: 'Becamex IDC', shortName: null },
    partners: [{ __typename: 'ProposalPartner', proposalId: 'p-1', status: 'CONFIRMED', organisation: { __typename: 'Organisation', id: 'o-tdmu', name: 'Trường Đại học Thủ Dầu Một', shortName: 'TDMU' } }],
    project: {
      __typename: 'Project',
      id: PROJECT_ID,
      title: 'Thí điểm đèn tín hiệu giao thông thông minh',
      status: 'EVALUATION',
      closesAt: daysFromNow(-2),
      owner: { __typename: 'Organisation', id: OWNER.id, name: OWNER.name, myRole: 'MEMBER' },
      criteria: CRITERIA,
    },
    reviewers: [reviewer()],
    ...overrides,
  };
}

export function reviewAnswer(proposal: Review): MockedResponses[number] {
  return { request: { query: PROPOSAL_REVIEW_QUERY, variables: { id: proposal.id } }, result: { data: { proposal } } };
}
