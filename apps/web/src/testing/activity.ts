import { AUDIT_LOG_QUERY, type AuditChangeView, type AuditEventView } from '@web/modules/activity/graphql/activity';
import { ACTIVITY_PAGE_SIZE } from '@web/modules/activity/hooks/use-activity';
import type { MockedResponses } from './render';

export function auditChange(field: string, before: string | null, after: string | null): AuditChangeView {
  return { __typename: 'AuditChange', field, before, after };
}

export function auditEvent(overrides: Partial<AuditEventView> & Pick<AuditEventView, 'id' | 'action'>): AuditEventView {
  return {
    __typename: 'AuditEvent',
    occurredAt: '2026-03-12T07:05:00.000Z',
    actorName: 'Nguyễn Thị Lan',
    organisation: { __typename: 'Organisation', id: '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a', name: 'Trường Đại học Thủ Dầu Một', shortName: 'TDMU' },
    subjectType: 'AGREEMENT',
    subjectId: '5b0c7a1e-2d3f-4a6b-9c8d-1e2f3a4b5c6d',
    parentId: null,
    changes: [],
    ...overrides,
  };
}

interface AuditLogPage {
  subjectId: string;
  events: AuditEventView[];
  /** The cursor this page follows (absent for the first page). */
  after?: string;
  endCursor?: string | null;
  hasNextPage?: boolean;
  totalCount?: number;
}

/** One page of `auditLog` for a subject. */
export function auditLogAnswer({ subjectId, events, after, endCursor = null, hasNextPage = false, totalCount = events.length }: AuditLogPage): MockedResponses[number] {
  return {
    request: { query: AUDIT_LOG_QUERY, variables: { subjectId, first: ACTIVITY_PAGE_SIZE, ...(after ? { after } : {}) } },
    result: {
      data: {
        auditLog: {
          __typename: 'AuditEventConnection',
          totalCount,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
          edges: events.map((node) => ({ __typename: 'AuditEventEdge', node })),
        },
      },
    },
  };
}

/**
 * An empty timeline for whatever subject, as often as asked: what `auditLog` answers in tests of
 * pages that show a timeline without being about it (a test's own answers come first).
 */
export function emptyAuditLogAnswer(): MockedResponses[number] {
  return {
    request: { query: AUDIT_LOG_QUERY, variables: () => true },
    result: { data: { auditLog: { __typename: 'AuditEventConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
