import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconMessage } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROPOSAL_LIMITS, type ProposalStatus } from '@helix/domain';
import { graphql } from '@web/gql';
import { useActiveMembership } from '@web/modules/identity/hooks/use-session';
import { useFormat } from '@web/shared/format/use-format';
import { describeFailure } from '@web/shared/graphql/errors';

export const PROPOSAL_COMMENTS_QUERY = graphql(`
  query ProposalComments($proposalId: ID!, $first: Int, $after: String) {
    proposalComments(proposalId: $proposalId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ProposalCommentFields
        }
      }
    }
  }
  fragment ProposalCommentFields on ProposalComment {
    id
    body
    createdAt
    author {
      id
      fullName
    }
    organisation {
      id
      name
    }
  }
`);

export const ADD_PROPOSAL_COMMENT_MUTATION = graphql(`
  mutation AddProposalComment($proposalId: ID!, $body: String!) {
    addProposalComment(proposalId: $proposalId, body: $body) {
      ...ProposalCommentFields
    }
  }
`);

/** How many comments a page shows (older first; "show more" reads the next page). */
export const COMMENTS_PAGE_SIZE = 50;
const DECIDED: ProposalStatus[] = ['ACCEPTED', 'REJECTED'];

interface ProposalCommentsProps {
  proposalId: string;
  status: ProposalStatus;
}

/**
 * The consortium's working notes on a proposal (lead and partners only; the project owner never
 * sees them). Members above viewer write until the proposal is accepted or rejected.
 */
export function ProposalComments({ proposalId, status }: ProposalCommentsProps) {
  const { t } = useTranslation('proposals');
  const format = useFormat();
  const membership = useActiveMembership();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string>();
  const { data, loading, error: loadError, fetchMore, refetch } = useQuery(PROPOSAL_COMMENTS_QUERY, {
    variables: { proposalId, first: COMMENTS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [addComment, { loading: sending }] = useMutation(ADD_PROPOSAL_COMMENT_MUTATION);
  const decided = DECIDED.includes(status);
  const viewer = membership?.role === 'VIEWER';
  const comments = data?.proposalComments.edges.map((edge) => edge.node) ?? [];
  const trimmed = body.trim();
  const tooLong = trimmed.length > PROPOSAL_LIMITS.commentMax;

  const send = async () => {
    if (!trimmed || tooLong) {
      setError(tooLong ? t('comments.tooLong', { max: PROPOSAL_LIMITS.commentMax }) : t('comments.required'));
      return;
    }
    setError(undefined);
    try {
      await addComment({ variables: { proposalId, body: trimmed } });
      setBody('');
      await refetch();
    } catch (failure) {
      setError(describeFailure(failure, t('comments.failed')).message);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="proposal-comments-title">
      <Stack gap="sm">
        <Group gap="xs">
          <IconMessage size={20} aria-hidden />
          <Title order={2} size="h4" id="proposal-comments-title">
            {t('comments.title')}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t('comments.hint')}
        </Text>
        {loadError && !data ? (
          <Alert color="red" title={t('comments.loadFailed')}>
            {describeFailure(loadError, t('comments.loadFailed')).message}
          </Alert>
        ) : null}
        {!loading && data && comments.length === 0 ? <Text size="sm">{t('comments.empty')}</Text> : null}
        {comments.length ? (
          <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('comments.title')}>
            {comments.map((comment) => (
              <Paper key={comment.id} component="li" withBorder p="sm" radius="sm" data-testid="proposal-comment">
                <Text size="xs" c="dimmed">
                  {t('comments.byline', {
                    author: comment.author?.fullName ?? t('comments.formerUser'),
                    organisation: comment.organisation?.name ?? '',
                    time: format.dateTime(comment.createdAt),
                  })}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {comment.body}
                </Text>
              </Paper>
            ))}
          </Stack>
        ) : null}
        {data?.proposalComments.pageInfo.hasNextPage ? (
          <Button
            variant="subtle"
            size="xs"
            onClick={() => void fetchMore({ variables: { after: data.proposalComments.pageInfo.endCursor } }).catch(() => undefined)}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('comments.more')}
          </Button>
        ) : null}
        {decided ? (
          <Text size="sm" c="dimmed">
            {t('comments.closed')}
          </Text>
        ) : viewer ? (
          <Text size="sm" c="dimmed">
            {t('comments.viewer')}
          </Text>
        ) : (
          <Stack gap="xs">
            <Textarea
              label={t('comments.label')}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
              autosize
              minRows={2}
              maxRows={8}
              error={error}
              description={t('comments.limit', { count: trimmed.length, max: PROPOSAL_LIMITS.commentMax })}
            />
            <Button onClick={() => void send()} loading={sending} style={{ alignSelf: 'flex-start' }}>
              {t('comments.send')}
            </Button>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
