import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { relayStylePagination } from '@apollo/client/utilities';
import type { Locale } from '@helix/domain';

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // One cached list per filter; pages fetched with `after` are appended to it.
          organisations: relayStylePagination(['filter']),
        },
      },
    },
  });
}

/** Tells the API the reader's language on every request, so its error messages come translated. */
export function acceptLanguageLink(getLocale: () => Locale): ApolloLink {
  return new SetContextLink(({ headers }) => ({ headers: { ...headers, 'Accept-Language': getLocale() } }));
}

export function createApolloClient(getLocale: () => Locale): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([acceptLanguageLink(getLocale), new HttpLink({ uri: '/graphql', credentials: 'include' })]),
    cache: createCache(),
  });
}
