import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { RouteError } from './layout/route-error';

const HomePage = lazy(() => import('@web/modules/home/pages/home-page'));
const OrganisationPage = lazy(() => import('@web/modules/organisations/pages/organisation-page'));
const NotFoundPage = lazy(() => import('./pages/not-found-page'));

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        // Inside the layout, so a failing page keeps the header, language switcher and footer.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'organisations/:id', element: <OrganisationPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
