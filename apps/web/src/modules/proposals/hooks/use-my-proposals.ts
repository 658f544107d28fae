import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ProposalFilter } from '@web/gql/graphql';
import { MY_PROPOSALS_QUERY } from '@web/modules/proposals/graphql/proposals';
import { useConnectionPages } from '@web/shared/graphql/use-connection-pages';

export const PROPOSALS_PAGE_SIZE = 20;

/** Every proposal of the active organisation (lead or partner), or the partner inbox. */
export type ProposalList = 'mine' | 'invitations';

export function myProposalsVariables(list: ProposalList, after?: string) {
  const filter: ProposalFilter | undefined = list === 'invitations' ? { lead: false, partnerStatuses: ['PENDING'] } : undefined;
  return { first: PROPOSALS_PAGE_SIZE, ...(filter ? { filter } : {}), ...(after ? { after } : {}) };
}

export function useMyProposals(list: ProposalList) {
  const { t } = useTranslation('proposals');
  const query = useQuery(MY_PROPOSALS_QUERY, {
    variables: myProposalsVariables(list),
    notifyOnNetworkStatusChange: true,
    // Statuses change in the editor and in partners' answers: the cache first, then what is current.
    fetchPolicy: 'cache-and-network',
  });
  const { connection: _connection, nodes, ...pages } = useConnectionPages(query, (data) => data.myProposals, { loadMoreFailed: t('list.loadMoreFailed') });
  return { ...pages, proposals: nodes, refetch: query.refetch };
}
