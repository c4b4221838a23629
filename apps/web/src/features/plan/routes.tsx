import type { RouteObject } from 'react-router';

/** The delivery plan, reviews and closure (PL-1 to PL-4). */
export const planRoutes: RouteObject[] = [
  {
    path: 'episodes/:episodeId/plan',
    lazy: () => import('./PlanPage').then((m) => ({ Component: m.PlanPage })),
  },
  {
    path: 'episodes/:episodeId/plan/actions/new',
    lazy: () => import('./AddActionPage').then((m) => ({ Component: m.AddActionPage })),
  },
  {
    path: 'episodes/:episodeId/plan/actions/:actionId',
    lazy: () => import('./UpdateActionPage').then((m) => ({ Component: m.UpdateActionPage })),
  },
  {
    path: 'episodes/:episodeId/reviews',
    lazy: () => import('./ReviewsPage').then((m) => ({ Component: m.ReviewsPage })),
  },
  {
    path: 'episodes/:episodeId/reviews/new',
    lazy: () => import('./RecordReviewPage').then((m) => ({ Component: m.RecordReviewPage })),
  },
  {
    path: 'episodes/:episodeId/close',
    lazy: () => import('./ClosePage').then((m) => ({ Component: m.ClosePage })),
  },
  {
    path: 'episodes/:episodeId/reopen',
    lazy: () => import('./ClosePage').then((m) => ({ Component: m.ReopenPage })),
  },
];
