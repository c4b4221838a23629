import type { RouteObject } from 'react-router';

export const leadProfessionalRoutes: RouteObject[] = [];
