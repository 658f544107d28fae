import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from '@web/app/apollo';
import { currentLocale } from '@web/app/i18n';
import { AppProviders } from '@web/app/providers';
import { routes } from '@web/app/router';
import { withReturnTo } from '@web/shared/links/return-path';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const router = createBrowserRouter(routes);
const client = createApolloClient({
  getLocale: currentLocale,
  // The session could not be renewed: sign in again, then come back to where the user was.
  onSessionExpired: (apollo) => {
    const { pathname, search } = router.state.location;
    const onSignIn = pathname === '/sign-in';
    void router.navigate(onSignIn ? `${pathname}${search}` : withReturnTo('/sign-in', `${pathname}${search}`), { replace: true }).then(() => apollo.resetStore().catch(() => undefined));
  },
});

createRoot(container).render(
  <StrictMode>
    <AppProviders client={client}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
