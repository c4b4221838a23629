import type { RouteObject } from 'react-router';

export const dashboardRoutes: RouteObject[] = [
  {
    // Screen 7: managers only; the server refuses anyone else ('dashboard:view').
    path: 'dashboard',
    lazy: () => import('./ManagerDashboardPage').then((m) => ({ Component: m.ManagerDashboardPage })),
  },
];
