import type { RouteObject } from 'react-router';

export const planRoutes: RouteObject[] = [];
