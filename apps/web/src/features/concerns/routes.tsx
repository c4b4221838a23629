import type { RouteObject } from 'react-router';

/** Involvement (IN-1), concerns (IN-2) and the child's chronology (screen 4). */
export const concernsRoutes: RouteObject[] = [
  {
    path: 'children/:childId/involvement/new',
    lazy: () => import('./RecordInvolvementPage').then((m) => ({ Component: m.RecordInvolvementPage })),
  },
  {
    path: 'children/:childId/concerns/new',
    lazy: () => import('./RaiseConcernPage').then((m) => ({ Component: m.RaiseConcernPage })),
  },
  {
    path: 'children/:childId/concerns/:concernId/resolve',
    lazy: () => import('./ResolveConcernPage').then((m) => ({ Component: m.ResolveConcernPage })),
  },
  {
    path: 'children/:childId/chronology',
    lazy: () => import('./ChronologyPage').then((m) => ({ Component: m.ChronologyPage })),
  },
];
