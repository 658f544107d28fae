import { graphql } from '@web/gql';
import type { AuditLogQuery } from '@web/gql/graphql';

/** What happened to an object and its parts, newest first, as far as the viewer's organisations are concerned. */
export const AUDIT_LOG_QUERY = graphql(`
  query AuditLog($subjectId: ID!, $first: Int, $after: String) {
    auditLog(subjectId: $subjectId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AuditEventFields
        }
      }
    }
  }
  fragment AuditEventFields on AuditEvent {
    id
    occurredAt
    actorName
    organisation {
      id
      name
      shortName
    }
    subjectType
    subjectId
    parentId
    action
    changes {
      field
      before
      after
    }
  }
`);

export type AuditEventView = AuditLogQuery['auditLog']['edges'][number]['node'];
export type AuditChangeView = AuditEventView['changes'][number];
