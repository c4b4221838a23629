import type { RouteObject } from 'react-router';

/** CH-2, the duplicate review: managers only; the server refuses anyone else ('duplicates:review'). */
export const duplicatesRoutes: RouteObject[] = [
  {
    path: 'duplicates',
    lazy: () => import('./DuplicatesPage').then((m) => ({ Component: m.DuplicatesPage })),
  },
  {
    path: 'duplicates/pairs/:pairId',
    lazy: () => import('./PairPage').then((m) => ({ Component: m.PairPage })),
  },
  {
    path: 'duplicates/merges/:mergeId/undo',
    lazy: () => import('./UndoMergePage').then((m) => ({ Component: m.UndoMergePage })),
  },
];
