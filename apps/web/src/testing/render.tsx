import type { ReactElement } from 'react';
import { ApolloClient } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { DEFAULT_LOCALE } from '@helix/domain';
import { createCache } from '@web/app/apollo';
import { i18n } from '@web/app/i18n';
import { AppProviders } from '@web/app/providers';
import { routes } from '@web/app/router';

export type MockedResponses = ReadonlyArray<MockLink.MockedResponse>;

interface RenderOptions {
  /** The address the memory router starts at. */
  path?: string;
  /** GraphQL answers, matched by query and variables; each is used once. */
  mocks?: MockedResponses;
}

function renderRoutes(routeObjects: RouteObject[], { path = '/', mocks = [] }: RenderOptions) {
  // The production cache (type policies included) behind a mocked network.
  const client = new ApolloClient({ link: new MockLink(mocks), cache: createCache() });
  const router = createMemoryRouter(routeObjects, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders client={client}>
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
  await i18n.changeLanguage(DEFAULT_LOCALE);
  localStorage.clear();
});
