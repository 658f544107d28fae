import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { RequireAuth, RequirePlatformAdmin } from '@web/modules/identity/components/require-auth';
import { AppLayout } from './layout/app-layout';
import { PrintLayout } from './layout/print-layout';
import { RouteError } from './layout/route-error';

const HomePage = lazy(() => import('@web/modules/home/pages/home-page'));
const SignInPage = lazy(() => import('@web/modules/identity/pages/sign-in-page'));
const SignUpPage = lazy(() => import('@web/modules/identity/pages/sign-up-page'));
const ForgotPasswordPage = lazy(() => import('@web/modules/identity/pages/forgot-password-page'));
const ResetPasswordPage = lazy(() => import('@web/modules/identity/pages/reset-password-page'));
const AccountPage = lazy(() => import('@web/modules/identity/pages/account-page'));
const OrganisationPage = lazy(() => import('@web/modules/organisations/pages/organisation-page'));
const CreateOrganisationPage = lazy(() => import('@web/modules/organisations/pages/create-organisation-page'));
const OrganisationSettingsPage = lazy(() => import('@web/modules/organisations/pages/organisation-settings-page'));
const OrganisationMembersPage = lazy(() => import('@web/modules/organisations/pages/organisation-members-page'));
const CreateProjectPage = lazy(() => import('@web/modules/project-editor/pages/create-project-page'));
const EditProjectPage = lazy(() => import('@web/modules/project-editor/pages/edit-project-page'));
const ProjectsPage = lazy(() => import('@web/modules/projects/pages/projects-page'));
const ProjectPage = lazy(() => import('@web/modules/projects/pages/project-page'));
const ForYouPage = lazy(() => import('@web/modules/projects/pages/for-you-page'));
const MyProjectsPage = lazy(() => import('@web/modules/projects/pages/my-projects-page'));
const EvaluationBoardPage = lazy(() => import('@web/modules/evaluation/pages/evaluation-board-page'));
const ProposalReviewPage = lazy(() => import('@web/modules/evaluation/pages/proposal-review-page'));
const MyProposalsPage = lazy(() => import('@web/modules/proposals/pages/my-proposals-page'));
const NewProposalPage = lazy(() => import('@web/modules/proposals/pages/new-proposal-page'));
const EditProposalPage = lazy(() => import('@web/modules/proposals/pages/edit-proposal-page'));
const AgreementsPage = lazy(() => import('@web/modules/agreements/pages/agreements-page'));
const NewAgreementPage = lazy(() => import('@web/modules/agreements/pages/new-agreement-page'));
const AgreementPage = lazy(() => import('@web/modules/agreements/pages/agreement-page'));
const EditAgreementPage = lazy(() => import('@web/modules/agreements/pages/edit-agreement-page'));
const AgreementPrintPage = lazy(() => import('@web/modules/agreements/pages/agreement-print-page'));
const AcceptInvitationPage = lazy(() => import('@web/modules/invitations/pages/accept-invitation-page'));
const VerificationPage = lazy(() => import('@web/modules/admin/pages/verification-page'));
const MailPage = lazy(() => import('@web/modules/admin/pages/mail-page'));
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
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'sign-up', element: <SignUpPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'invitations/accept', element: <AcceptInvitationPage /> },
          { path: 'organisations/:id', element: <OrganisationPage /> },
          { path: 'projects', element: <ProjectsPage /> },
          { path: 'projects/:id', element: <ProjectPage /> },
          {
            // Signed-in users only; anyone else goes to /sign-in?returnTo=… and comes back.
            element: <RequireAuth />,
            children: [
              { path: 'account', element: <AccountPage /> },
              { path: 'organisations/new', element: <CreateOrganisationPage /> },
              { path: 'organisations/:id/settings', element: <OrganisationSettingsPage /> },
              { path: 'organisations/:id/members', element: <OrganisationMembersPage /> },
              { path: 'projects/for-you', element: <ForYouPage /> },
              { path: 'projects/mine', element: <MyProjectsPage /> },
              { path: 'projects/new', element: <CreateProjectPage /> },
              { path: 'projects/:id/edit', element: <EditProjectPage /> },
              { path: 'projects/:id/evaluation', element: <EvaluationBoardPage /> },
              { path: 'proposals/:id/review', element: <ProposalReviewPage /> },
              { path: 'proposals', element: <MyProposalsPage /> },
              { path: 'proposals/invitations', element: <MyProposalsPage /> },
              { path: 'proposals/new', element: <NewProposalPage /> },
              { path: 'proposals/:id/edit', element: <EditProposalPage /> },
              { path: 'agreements', element: <AgreementsPage /> },
              { path: 'agreements/new', element: <NewAgreementPage /> },
              { path: 'agreements/:id', element: <AgreementPage /> },
              { path: 'agreements/:id/edit', element: <EditAgreementPage /> },
              {
                path: 'admin',
                element: <RequirePlatformAdmin />,
                children: [
                  { index: true, element: <Navigate to="verification" replace /> },
                  { path: 'verification', element: <VerificationPage /> },
                  { path: 'mail', element: <MailPage /> },
                ],
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
  {
    // Pages for paper: no header, navigation or footer around them.
    element: <PrintLayout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [{ element: <RequireAuth />, children: [{ path: 'agreements/:id/print', element: <AgreementPrintPage /> }] }],
      },
    ],
  },
];
