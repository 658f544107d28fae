import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { PageLoader } from '@web/shared/ui/page-loader';
import classes from './app-layout.module.css';
import { useFocusOnNavigation } from './use-focus-on-navigation';

/** Pages meant for paper (an agreement to print or save as PDF): the content alone, without header and footer. */
export function PrintLayout() {
  const mainRef = useFocusOnNavigation<HTMLElement>();
  return (
    <main id="main-content" ref={mainRef} tabIndex={-1} className={classes.main}>
      <Suspense fallback={<PageLoader />}>
        <Outlet />
      </Suspense>
    </main>
  );
}
