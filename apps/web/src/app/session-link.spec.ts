// The session link between the client and a scripted server: what it sends, and how often.
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { parse } from 'graphql';
import { Observable } from 'rxjs';
import { organisationLink, sessionLink } from './apollo';

// Parsed rather than tagged, so codegen does not take these made-up operations for the client's.
const PROJECTS = parse('query Projects { projects }');
const ME = parse('query Me { me { id } }');
const SIGN_IN = parse('mutation SignIn { signIn }');

type Answer = ApolloLink.Result;
const unauthenticated: Answer = { errors: [{ message: 'Phiên đăng nhập đã hết hạn.', extensions: { code: 'UNAUTHENTICATED' } }] };

/** A server answering each operation name from a queue of answers, counting the requests. */
function scriptedServer(script: Record<string, Answer[]>) {
  const requests: string[] = [];
  const link = new ApolloLink((operation) => {
    const name = operation.operationName ?? '';
    requests.push(name);
    const answer = script[name]?.shift() ?? { errors: [{ message: `no answer for ${name}` }] };
    return new Observable<Answer>((observer) => {
      // Answer asynchronously, as a network would.
      setTimeout(() => {
        observer.next(answer);
        observer.complete();
      }, 0);
    });
  });
  return { link, requests };
}

function setUp(script: Record<string, Answer[]>, { signedIn = true, refreshWorks = true } = {}) {
  const server = scriptedServer(script);
  const refresh = jest.fn(() => Promise.resolve(refreshWorks));
  const onSessionExpired = jest.fn();
  const onRenewalFailed = jest.fn();
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: ApolloLink.from([sessionLink({ isSignedIn: () => signedIn, refresh, onSessionExpired, onRenewalFailed }), server.link]),
  });
  return { client, refresh, onSessionExpired, onRenewalFailed, requests: server.requests };
}

describe('sessionLink', () => {
  it('renews an expired session once and sends the refused operation again', async () => {
    const { client, refresh, onSessionExpired, requests } = setUp({ Projects: [unauthenticated, { data: { projects: ['Giao thông thông minh'] } }] });

    const { data } = await client.query({ query: PROJECTS });

    expect(data).toEqual({ projects: ['Giao thông thông minh'] });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(requests).toEqual(['Projects', 'Projects']);
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('shares one renewal between operations refused while it is under way', async () => {
    const { client, refresh, requests } = setUp({
      Projects: [unauthenticated, { data: { projects: [] } }],
      Me: [unauthenticated, { data: { me: { __typename: 'User', id: 'u-1' } } }],
    });
    // A renewal takes a round trip too.
    refresh.mockImplementation(() => new Promise((resolve) => setTimeout(() => resolve(true), 20)));

    await Promise.all([client.query({ query: PROJECTS }), client.query({ query: ME })]);

    expect(refresh).toHaveBeenCalledTimes(1);
    expect(requests.sort()).toEqual(['Me', 'Me', 'Projects', 'Projects']);
  });

  it('does not retry a second time when the renewed session is refused again', async () => {
    const { client, refresh, requests } = setUp({ Projects: [unauthenticated, unauthenticated] });

    await expect(client.query({ query: PROJECTS })).rejects.toThrow('Phiên đăng nhập đã hết hạn.');
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(requests).toEqual(['Projects', 'Projects']);
  });

  it('signs the user out when the session cannot be renewed, passing the refusal on', async () => {
    const { client, onSessionExpired, onRenewalFailed, requests } = setUp({ Projects: [unauthenticated] }, { refreshWorks: false });

    await expect(client.query({ query: PROJECTS })).rejects.toThrow('Phiên đăng nhập đã hết hạn.');

    expect(requests).toEqual(['Projects']);
    expect(onRenewalFailed).toHaveBeenCalledTimes(1);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
  });

  it('treats a renewal that throws (network down) as a failed renewal', async () => {
    const { client, refresh, onSessionExpired } = setUp({ Projects: [unauthenticated] });
    refresh.mockImplementation(() => Promise.reject(new TypeError('Failed to fetch')));

    await expect(client.query({ query: PROJECTS })).rejects.toThrow('Phiên đăng nhập đã hết hạn.');
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
  });

  it('leaves a visitor who never signed in alone', async () => {
    const { client, refresh, onSessionExpired } = setUp({ Projects: [unauthenticated] }, { signedIn: false });

    await expect(client.query({ query: PROJECTS })).rejects.toThrow('Phiên đăng nhập đã hết hạn.');
    expect(refresh).not.toHaveBeenCalled();
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('never renews around the operations that create a session', async () => {
    const { client, refresh } = setUp({ SignIn: [unauthenticated] });

    await expect(client.mutate({ mutation: SIGN_IN })).rejects.toThrow('Phiên đăng nhập đã hết hạn.');
    expect(refresh).not.toHaveBeenCalled();
  });

  it('renews when `me` comes back empty although a session was expected (lapsed access cookie)', async () => {
    const { client, refresh, requests } = setUp({ Me: [{ data: { me: null } }, { data: { me: { __typename: 'User', id: 'u-1' } } }] });

    const { data } = await client.query({ query: ME });

    expect(data).toEqual({ me: { __typename: 'User', id: 'u-1' } });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(requests).toEqual(['Me', 'Me']);
  });

  it('answers `me` null without redirecting when the lapsed session cannot be renewed', async () => {
    const { client, onSessionExpired, onRenewalFailed } = setUp({ Me: [{ data: { me: null } }] }, { refreshWorks: false });

    const { data } = await client.query({ query: ME });

    expect(data).toEqual({ me: null });
    expect(onRenewalFailed).toHaveBeenCalledTimes(1);
    expect(onSessionExpired).not.toHaveBeenCalled();
  });
});

describe('organisationLink', () => {
  function setUpOrganisation(stored: string | null, answers: Answer[]) {
    let current = stored;
    const sent: (string | undefined)[] = [];
    const server = new ApolloLink((operation) => {
      const headers: Record<string, string> = operation.getContext().headers ?? {};
      sent.push(headers['X-Organisation-Id']);
      const answer = answers.shift() ?? { errors: [{ message: 'no answer' }] };
      return new Observable<Answer>((observer) => {
        observer.next(answer);
        observer.complete();
      });
    });
    const onDropped = jest.fn();
    const client = new ApolloClient({
      cache: new InMemoryCache(),
      link: ApolloLink.from([organisationLink({ get: () => current, drop: () => (current = null), onDropped }), server]),
    });
    return { client, sent, onDropped, current: () => current };
  }

  const forbidden: Answer = { errors: [{ message: 'Bạn không phải thành viên của tổ chức được chọn (X-Organisation-Id).', extensions: { code: 'FORBIDDEN' } }] };
  const me: Answer = { data: { me: { __typename: 'User', id: 'u-1' } } };

  it('sends the chosen organisation with every operation', async () => {
    const { client, sent } = setUpOrganisation('o-1', [{ data: { projects: [] } }]);
    await client.query({ query: PROJECTS });
    expect(sent).toEqual(['o-1']);
  });

  it('sends no header when no organisation was chosen', async () => {
    const { client, sent } = setUpOrganisation(null, [{ data: { projects: [] } }]);
    await client.query({ query: PROJECTS });
    expect(sent).toEqual([undefined]);
  });

  it('drops an organisation the API says the user does not belong to, and asks `me` again without it', async () => {
    const { client, sent, onDropped, current } = setUpOrganisation('o-left', [forbidden, me]);

    const { data } = await client.query({ query: ME });

    expect(data).toEqual({ me: { __typename: 'User', id: 'u-1' } });
    expect(sent).toEqual(['o-left', undefined]);
    expect(current()).toBeNull();
    expect(onDropped).toHaveBeenCalledTimes(1);
  });

  it('keeps the choice when another operation is refused (a FORBIDDEN of its own)', async () => {
    const { client, current, onDropped } = setUpOrganisation('o-1', [forbidden]);

    await expect(client.query({ query: PROJECTS })).rejects.toThrow('X-Organisation-Id');
    expect(current()).toBe('o-1');
    expect(onDropped).not.toHaveBeenCalled();
  });
});
