import type { ReactElement } from 'react';
import { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { notifications } from '@mantine/notifications';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { DEFAULT_LOCALE } from '@helix/domain';
import { createApolloClient } from '@web/app/apollo';
import { currentLocale, i18n } from '@web/app/i18n';
import { AppProviders } from '@web/app/providers';
import { routes } from '@web/app/router';
import type { SessionUser } from '@web/modules/identity/graphql/session';
import { emptyAuditLogAnswer } from './activity';
import { meAnswer } from './identity';

export type MockedResponses = ReadonlyArray<MockLink.MockedResponse>;

interface RenderOptions {
  /** The address the memory router starts at. */
  path?: string;
  /** GraphQL answers, matched by query and variables; each is used once unless it says otherwise. */
  mocks?: MockedResponses;
  /**
   * Who `me` answers, as often as it is asked, after any `Me` answers in `mocks`: nobody (null,
   * the default) or a user; `false` leaves `me` to the mocks alone.
   */
  me?: SessionUser | null | false;
  /** Sees every operation (with its context: headers) before the mocks answer it. */
  onOperation?: (operation: ApolloLink.Operation) => void;
  /** The session renewal the session link calls (fails unless given). */
  refreshSession?: () => Promise<boolean>;
  /** Called when the session link gives up on an expired session. */
  onSessionExpired?: () => void;
}

function renderRoutes(routeObjects: RouteObject[], { path = '/', mocks = [], me = null, onOperation, refreshSession, onSessionExpired }: RenderOptions) {
  // Pages show activity timelines beside what they are about: empty unless the test answers `auditLog` itself.
  const answers = [...(me === false ? mocks : [...mocks, meAnswer(me, Number.POSITIVE_INFINITY)]), emptyAuditLogAnswer()];
  const spy = new ApolloLink((operation, forward) => {
    onOperation?.(operation);
    return forward(operation);
  });
  // The production links and cache (type policies included) in front of a mocked network.
  const client = createApolloClient({
    getLocale: currentLocale,
    terminatingLink: ApolloLink.from([spy, new MockLink(answers)]),
    refreshSession: refreshSession ?? (() => Promise.resolve(false)),
    onSessionExpired,
  });
  const router = createMemoryRouter(routeObjects, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders client={client} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, user, router, client };
}

/** The whole client (layout, lazy pages) at `path`. */
export function renderApp(options: RenderOptions = {}) {
  return renderRoutes(routes, options);
}

/** One component inside the real providers and a router. */
export function renderWithProviders(element: ReactElement, options: RenderOptions = {}) {
  return renderRoutes([{ path: '*', element }], options);
}

/** Stubs `fetch` for the code under test (restored after each test); answer with real `Response`s. */
export function mockFetch(answer: (url: string) => Promise<Response>) {
  return jest.spyOn(globalThis, 'fetch').mockImplementation((input) => answer(String(input)));
}

afterEach(async () => {
  jest.restoreAllMocks();
  // The notifications store outlives a rendered tree: start each test without the last one's.
  notifications.clean();
  await i18n.changeLanguage(DEFAULT_LOCALE);
  localStorage.clear();
});
