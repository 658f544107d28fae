// The real HttpLink, against a stubbed fetch that answers with a real Response.
import { gql } from '@apollo/client';
import type { Locale } from '@helix/domain';
import { createApolloClient } from './apollo';

const PING = gql`
  query Ping {
    organisations(first: 1) {
      totalCount
    }
  }
`;

describe('createApolloClient', () => {
  const fetchMock = jest.fn<Promise<Response>, [RequestInfo | URL, RequestInit | undefined]>();

  beforeEach(() => {
    fetchMock.mockReset();
    fetchMock.mockImplementation(() =>
      Promise.resolve(Response.json({ data: { organisations: { __typename: 'OrganisationConnection', totalCount: 0 } } })),
    );
    jest.spyOn(globalThis, 'fetch').mockImplementation(fetchMock);
  });

  afterEach(() => jest.restoreAllMocks());

  it('posts to the same-origin /graphql with cookies, in the reader’s current language', async () => {
    let locale: Locale = 'vi';
    const client = createApolloClient({ getLocale: () => locale });

    await client.query({ query: PING, fetchPolicy: 'network-only' });
    locale = 'en';
    await client.query({ query: PING, fetchPolicy: 'network-only' });

    expect(fetchMock).toHaveBeenCalledTimes(2);
    const [[firstUrl, first], [, second]] = fetchMock.mock.calls;
    expect(firstUrl).toBe('/graphql');
    expect(first?.method).toBe('POST');
    expect(first?.credentials).toBe('include');
    expect(new Headers(first?.headers).get('accept-language')).toBe('vi');
    expect(new Headers(second?.headers).get('accept-language')).toBe('en');
  });
});
