import type { RouteObject } from 'react-router';

export const concernsRoutes: RouteObject[] = [];
