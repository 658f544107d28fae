import { Suspense } from 'react';
import { Container } from '@mantine/core';
import { Outlet, ScrollRestoration } from 'react-router';
import { PageLoader } from '@web/shared/ui/page-loader';
import classes from './app-layout.module.css';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SkipLink } from './skip-link';
import { useFocusOnNavigation } from './use-focus-on-navigation';

const MAIN_CONTENT_ID = 'main-content';

export function AppLayout() {
  const mainRef = useFocusOnNavigation<HTMLElement>();
  return (
    <div className={classes.shell}>
      <SkipLink targetId={MAIN_CONTENT_ID} />
      <SiteHeader />
      <main id={MAIN_CONTENT_ID} ref={mainRef} tabIndex={-1} className={classes.main}>
        <Container size="lg" py="xl">
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Container>
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </div>
  );
}
