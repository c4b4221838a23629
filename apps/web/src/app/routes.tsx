import { createBrowserRouter, type RouteObject } from 'react-router';
import { concernsRoutes } from '../features/concerns/routes';
import { dashboardRoutes } from '../features/dashboard/routes';
import { duplicatesRoutes } from '../features/duplicates/routes';
import { leadProfessionalRoutes } from '../features/lead-professional/routes';
import { planRoutes } from '../features/plan/routes';
import { RequireSignIn } from './RequireSignIn';
import { RootErrorPage } from './RootErrorPage';
import { RootLayout } from './RootLayout';

/**
 * Each feature's pages load when first visited, so the first page only carries the shell
 * (React, the router, the query client) and the page it shows.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: RootLayout,
    errorElement: <RootErrorPage />,
    // The first page's code is still loading: show nothing rather than a flash of an empty shell.
    HydrateFallback: () => null,
    children: [
      {
        path: 'sign-in',
        lazy: () => import('../features/auth/SignInPage').then((m) => ({ Component: m.SignInPage })),
      },
      {
        // The family's first sign-in: the invitation link is opened signed out.
        path: 'invitations/:token',
        lazy: () => import('../features/family/InvitationPage').then((m) => ({ Component: m.InvitationPage })),
      },
      {
        Component: RequireSignIn,
        children: [
          ...leadProfessionalRoutes,
          ...planRoutes,
          ...concernsRoutes,
          ...dashboardRoutes,
          ...duplicatesRoutes,
          {
            index: true,
            lazy: () => import('../features/work/MyWorkPage').then((m) => ({ Component: m.MyWorkPage })),
          },
          {
            path: 'sign-out',
            lazy: () => import('../features/auth/SignOutPage').then((m) => ({ Component: m.SignOutPage })),
          },
          {
            path: 'children',
            lazy: () => import('../features/children/FindChildPage').then((m) => ({ Component: m.FindChildPage })),
          },
          {
            path: 'children/new',
            lazy: () =>
              import('../features/children/RegisterChildPage').then((m) => ({ Component: m.RegisterChildPage })),
          },
          {
            path: 'children/:childId',
            lazy: () => import('../features/children/ChildPage').then((m) => ({ Component: m.ChildPage })),
          },
          {
            path: 'children/:childId/caf/new',
            lazy: () => import('../features/episodes/StartCafPage').then((m) => ({ Component: m.StartCafPage })),
          },
          {
            path: 'episodes/:episodeId',
            lazy: () => import('../features/episodes/EpisodePage').then((m) => ({ Component: m.EpisodePage })),
          },
          {
            path: 'episodes/:episodeId/sections/:sectionId',
            lazy: () => import('../features/assessment/SectionPage').then((m) => ({ Component: m.SectionPage })),
          },
          {
            path: 'episodes/:episodeId/check',
            lazy: () =>
              import('../features/assessment/CheckAnswersPage').then((m) => ({ Component: m.CheckAnswersPage })),
          },
          {
            path: 'episodes/:episodeId/consent',
            lazy: () => import('../features/consent/ConsentPage').then((m) => ({ Component: m.ConsentPage })),
          },
          {
            path: 'episodes/:episodeId/child-seen',
            lazy: () => import('../features/child-seen/ChildSeenPage').then((m) => ({ Component: m.ChildSeenPage })),
          },
          {
            path: 'episodes/:episodeId/versions',
            lazy: () => import('../features/versions/VersionsPage').then((m) => ({ Component: m.VersionsPage })),
          },
          {
            path: 'episodes/:episodeId/versions/compare',
            lazy: () => import('../features/versions/ComparePage').then((m) => ({ Component: m.ComparePage })),
          },
          {
            path: 'episodes/:episodeId/versions/:versionNumber/print',
            lazy: () =>
              import('../features/versions/PrintVersionPage').then((m) => ({ Component: m.PrintVersionPage })),
          },
          {
            path: 'episodes/:episodeId/family-invitations',
            lazy: () =>
              import('../features/family/FamilyInvitationsPage').then((m) => ({ Component: m.FamilyInvitationsPage })),
          },
          {
            path: 'family',
            lazy: () => import('../features/family/FamilyHomePage').then((m) => ({ Component: m.FamilyHomePage })),
          },
          {
            path: 'family/episodes/:episodeId',
            lazy: () =>
              import('../features/family/FamilyEpisodePage').then((m) => ({ Component: m.FamilyEpisodePage })),
          },
          {
            path: 'family/episodes/:episodeId/withdraw-consent',
            lazy: () =>
              import('../features/family/WithdrawConsentPage').then((m) => ({ Component: m.WithdrawConsentPage })),
          },
          {
            path: 'episodes/:episodeId/co-assessors',
            lazy: () =>
              import('../features/co-assessors/CoAssessorsPage').then((m) => ({ Component: m.CoAssessorsPage })),
          },
          {
            path: 'episodes/:episodeId/sharing',
            lazy: () => import('../features/sharing/SharingPage').then((m) => ({ Component: m.SharingPage })),
          },
          {
            path: 'episodes/:episodeId/sharing/consent',
            lazy: () =>
              import('../features/sharing/RecordConsentToSharePage').then((m) => ({
                Component: m.RecordConsentToSharePage,
              })),
          },
          {
            path: 'episodes/:episodeId/sharing/consent/:consentId/confirm',
            lazy: () =>
              import('../features/sharing/ConsentRecordPages').then((m) => ({
                Component: m.ConfirmConsentToSharePage,
              })),
          },
          {
            path: 'episodes/:episodeId/sharing/consent/:consentId/correct',
            lazy: () =>
              import('../features/sharing/ConsentRecordPages').then((m) => ({
                Component: m.CorrectConsentToSharePage,
              })),
          },
          {
            path: 'episodes/:episodeId/sharing/consent/:consentId/withdraw',
            lazy: () =>
              import('../features/sharing/ConsentRecordPages').then((m) => ({
                Component: m.WithdrawConsentToSharePage,
              })),
          },
          {
            path: 'episodes/:episodeId/sharing/without-consent',
            lazy: () =>
              import('../features/sharing/ShareWithoutConsentPage').then((m) => ({
                Component: m.ShareWithoutConsentPage,
              })),
          },
          {
            path: 'episodes/:episodeId/team',
            lazy: () => import('../features/sharing/TeamPage').then((m) => ({ Component: m.TeamPage })),
          },
          {
            path: 'episodes/:episodeId/who-looked',
            lazy: () => import('../features/sharing/WhoLookedPage').then((m) => ({ Component: m.WhoLookedPage })),
          },
        ],
      },
      {
        path: 'accessibility',
        lazy: () => import('../features/misc/AccessibilityPage').then((m) => ({ Component: m.AccessibilityPage })),
      },
      {
        path: 'privacy',
        lazy: () => import('../features/misc/PrivacyPage').then((m) => ({ Component: m.PrivacyPage })),
      },
      {
        path: '*',
        lazy: () => import('../features/misc/NotFoundPage').then((m) => ({ Component: m.NotFoundPage })),
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
