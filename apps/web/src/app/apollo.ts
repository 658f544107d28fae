import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { relayStylePagination } from '@apollo/client/utilities';
import { print } from 'graphql';
import { Observable, type Subscription } from 'rxjs';
import type { Locale } from '@helix/domain';
import { REFRESH_SESSION_MUTATION } from '@web/modules/identity/graphql/session';
import { hasErrorCode } from '@web/shared/graphql/errors';
import { activeOrganisation, ORGANISATION_HEADER } from '@web/shared/session/active-organisation';
import { sessionHint } from '@web/shared/session/session-hint';

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // One cached list per filter; pages fetched with `after` are appended to it.
          organisations: relayStylePagination(['filter']),
          mailOutbox: relayStylePagination(['to']),
          // One cached catalogue per filter and sort order.
          projects: relayStylePagination(['filter', 'sort']),
          // One cached list per filter (all proposals, the partner inbox).
          myProposals: relayStylePagination(['filter']),
          // The consortium's comments, one thread per proposal.
          proposalComments: relayStylePagination(['proposalId']),
          // The active organisation's agreements, one cached list per filter.
          agreements: relayStylePagination(['filter']),
          // One timeline per project, proposal or agreement.
          auditLog: relayStylePagination(['subjectId']),
        },
      },
      // A milestone keeps its id from version to version while its terms change: each version's
      // copy stays inside that version instead of being merged into one shared entry.
      VersionMilestone: { keyFields: false },
      // Reference data named in the reader's language: one entry per code, renamed when refetched.
      IcfIndicator: { keyFields: ['code'] },
      Organisation: {
        fields: {
          members: relayStylePagination(),
          invitations: relayStylePagination(),
        },
      },
    },
  });
}

/** Tells the API the reader's language on every request, so its error messages come translated. */
export function acceptLanguageLink(getLocale: () => Locale): ApolloLink {
  return new SetContextLink(({ headers }) => ({ headers: { ...headers, 'Accept-Language': getLocale() } }));
}

export interface OrganisationLinkOptions {
  /** The organisation chosen in the switcher, if any. */
  get: () => string | null;
  /** Forgets it: the user is no longer a member. */
  drop: () => void;
  /** Called after dropping it, so what failed with it can be fetched again. */
  onDropped?: () => void;
}

/**
 * Tells the API which of the user's organisations the request acts for (when one was chosen).
 * The API refuses every request naming an organisation the user does not belong to (any more) as
 * FORBIDDEN; `me` has no other reason to be refused, so a FORBIDDEN `me` drops the choice and is
 * sent again without it (the API then acts for the first membership).
 */
export function organisationLink({ get, drop, onDropped }: OrganisationLinkOptions): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const organisationId = get();
    if (!organisationId) return forward(operation);
    operation.setContext(({ headers }) => ({ headers: { ...headers, [ORGANISATION_HEADER]: organisationId } }));
    if (operation.operationName !== 'Me') return forward(operation);
    return new Observable<ApolloLink.Result>((observer) => {
      let retry: Subscription | undefined;
      let dropping = false;
      const first = forward(operation).subscribe({
        next: (result) => {
          if (!('errors' in result) || !hasErrorCode(result.errors, 'FORBIDDEN')) return observer.next(result);
          dropping = true;
          drop();
          operation.setContext(({ headers }) => {
            const { [ORGANISATION_HEADER]: _dropped, ...rest } = headers ?? {};
            return { headers: rest };
          });
          retry = forward(operation).subscribe(observer);
          onDropped?.();
        },
        error: (error: unknown) => observer.error(error),
        complete: () => {
          if (!dropping) observer.complete();
        },
      });
      return () => {
        first.unsubscribe();
        retry?.unsubscribe();
      };
    });
  });
}

/** Operations that are about getting a session in the first place: never refreshed and retried. */
const SESSION_OPERATIONS = new Set(['SignIn', 'SignUp', 'SignOut', 'RefreshSession', 'RequestPasswordReset', 'ResetPassword']);

export interface SessionLinkOptions {
  /** Whether somebody is signed in on this browser (an UNAUTHENTICATED answer then means an expired session). */
  isSignedIn: () => boolean;
  /** Renews the session cookies with the refresh cookie; resolves whether it worked. */
  refresh: () => Promise<boolean>;
  /**
   * The session could not be renewed while an operation needed it (not called for a plain `me`
   * check, whose null answer already says "signed out").
   */
  onSessionExpired: () => void;
  /** The renewal failed (before the failure is delivered): forget the session. */
  onRenewalFailed?: () => void;
}

function isUnauthenticated(result: ApolloLink.Result): boolean {
  return 'errors' in result && hasErrorCode(result.errors, 'UNAUTHENTICATED');
}

/** `me` answering null while a session was expected: the 15-minute access cookie has lapsed. */
function isAnonymousMe(operation: ApolloLink.Operation, result: ApolloLink.Result): boolean {
  return operation.operationName === 'Me' && 'data' in result && result.data?.me === null;
}

/**
 * When an operation is refused as UNAUTHENTICATED while the user was signed in (or `me` comes back
 * empty), renews the session once — concurrent failures share one renewal — and sends the
 * operation again. If the renewal fails, the original answer goes through and the user counts as
 * signed out.
 */
export function sessionLink(options: SessionLinkOptions): ApolloLink {
  let renewal: Promise<boolean> | undefined;
  const renewOnce = () => {
    renewal ??= options
      .refresh()
      .catch(() => false)
      .finally(() => {
        renewal = undefined;
      });
    return renewal;
  };

  return new ApolloLink((operation, forward) => {
    if (SESSION_OPERATIONS.has(operation.operationName ?? '')) return forward(operation);
    return new Observable<ApolloLink.Result>((observer) => {
      let retry: Subscription | undefined;
      let closed = false;
      let renewing = false;

      const renewThenRetry = (deliverFailure: () => void) => {
        renewing = true;
        void renewOnce().then((renewed) => {
          if (closed) return;
          if (renewed) {
            retry = forward(operation).subscribe(observer);
            return;
          }
          options.onRenewalFailed?.();
          deliverFailure();
          if (operation.operationName !== 'Me') options.onSessionExpired();
        });
      };

      const first = forward(operation).subscribe({
        next: (result) => {
          if (renewing) return;
          if (options.isSignedIn() && (isUnauthenticated(result) || isAnonymousMe(operation, result))) {
            renewThenRetry(() => {
              observer.next(result);
              observer.complete();
            });
            return;
          }
          observer.next(result);
        },
        error: (error: unknown) => {
          if (!renewing && options.isSignedIn() && ServerError.is(error) && error.statusCode === 401) {
            renewThenRetry(() => observer.error(error));
            return;
          }
          if (!renewing) observer.error(error);
        },
        complete: () => {
          if (!renewing) observer.complete();
        },
      });

      return () => {
        closed = true;
        first.unsubscribe();
        retry?.unsubscribe();
      };
    });
  });
}

/** Renews the session cookies outside the link chain (so the renewal itself is never retried). */
export function refreshSessionOverHttp(getLocale: () => Locale, uri = '/graphql'): () => Promise<boolean> {
  return async () => {
    const response = await fetch(uri, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': getLocale() },
      body: JSON.stringify({ operationName: 'RefreshSession', query: print(REFRESH_SESSION_MUTATION), variables: {} }),
    });
    if (!response.ok) return false;
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null) return false;
    const hasErrors = 'errors' in body && Array.isArray(body.errors) && body.errors.length > 0;
    const data = 'data' in body ? body.data : undefined;
    return !hasErrors && typeof data === 'object' && data !== null && 'refreshSession' in data && !!data.refreshSession;
  };
}

export interface ApolloClientOptions {
  getLocale: () => Locale;
  /** Called when the session expired and could not be renewed (the user must sign in again). */
  onSessionExpired?: (client: ApolloClient) => void;
  /** Renews the session; the real `refreshSession` over HTTP unless given (tests). */
  refreshSession?: () => Promise<boolean>;
  /** Where operations finally go; the same-origin /graphql endpoint unless given (tests). */
  terminatingLink?: ApolloLink;
}

export function createApolloClient(options: ApolloClientOptions): ApolloClient {
  const { getLocale } = options;
  // The link only calls back once the client below exists.
  const clientRef: { current?: ApolloClient } = {};
  const link = ApolloLink.from([
    acceptLanguageLink(getLocale),
    organisationLink({
      get: activeOrganisation.get,
      drop: () => activeOrganisation.set(null),
      // Whatever else was refused with the stale organisation is fetched again without it.
      onDropped: () => setTimeout(() => void clientRef.current?.refetchQueries({ include: 'active' }).catch(() => undefined), 0),
    }),
    sessionLink({
      isSignedIn: sessionHint.isSet,
      refresh: options.refreshSession ?? refreshSessionOverHttp(getLocale),
      onSessionExpired: () => {
        if (clientRef.current) options.onSessionExpired?.(clientRef.current);
      },
      onRenewalFailed: sessionHint.clear,
    }),
    options.terminatingLink ?? new HttpLink({ uri: '/graphql', credentials: 'include' }),
  ]);
  const client = new ApolloClient({ link, cache: createCache() });
  clientRef.current = client;
  return client;
}

