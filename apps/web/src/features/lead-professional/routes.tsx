import type { RouteObject } from 'react-router';

export const leadProfessionalRoutes: RouteObject[] = [
  {
    path: 'episodes/:episodeId/lead-professional',
    lazy: () => import('./LeadProfessionalPage').then((m) => ({ Component: m.LeadProfessionalPage })),
  },
  {
    path: 'episodes/:episodeId/team/requests',
    lazy: () => import('./JoinRequestsPage').then((m) => ({ Component: m.JoinRequestsPage })),
  },
];
