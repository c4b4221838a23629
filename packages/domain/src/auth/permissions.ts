import type { Role } from './roles';

/**
 * Permissions as typed strings, shared by the UI (to hide what cannot be done) and the server
 * (to refuse it). The server checks again in the service and the query (SH-1).
 */
export const permissions = [
  'child-index:search',
  'child:view',
  'child:register',
  'episode:start',
  'assessment:view',
  'assessment:edit',
  'sharing:manage',
  'lead-professional:assign',
  'access-log:view',
  'family:invite',
  'family:view-own',
  'child-record:export',
  'work:view-own',
  'dashboard:view',
  'admin:manage-users',
  'involvement:record',
  'concern:raise',
  'concern:resolve',
  'duplicates:review',
] as const;
export type Permission = (typeof permissions)[number];

/**
 * SH-3: only practitioners and managers search the index or open a child's page. Family members
 * see their own child through the family view, and administrators see no child at all.
 */
const grants: Record<Role, readonly Permission[]> = {
  practitioner: [
    'child-index:search',
    'child:view',
    'child:register',
    'episode:start',
    'assessment:view',
    'assessment:edit',
    'sharing:manage',
    'lead-professional:assign',
    'access-log:view',
    'family:invite',
    'work:view-own',
    // IN-1: a practitioner records their own service's involvement; IN-2: anyone who may see the child page signals a concern.
    'involvement:record',
    'concern:raise',
    'concern:resolve',
  ],
  // A manager reads every CAF in the authority; only assessors and co-assessors write one (CF-7).
  // Managers do not start CAFs: whoever starts one is its assessor and must be able to write it.
  manager: [
    'child-index:search',
    'child:view',
    'child:register',
    'assessment:view',
    // LP-1: managers assign or change the lead professional at any time.
    'lead-professional:assign',
    'access-log:view',
    'child-record:export',
    'work:view-own',
    // Screen 7: the authority's episodes, overdue work, without-consent shares (CO-7), duplicates.
    'dashboard:view',
    // IN-2: managers are told of concerns and may resolve them.
    'concern:raise',
    'concern:resolve',
    // CH-2: a manager reviews likely duplicate children, merges them and undoes merges.
    'duplicates:review',
  ],
  administrator: ['admin:manage-users'],
  // The family's own view: their child's record, through the family procedures only.
  family_member: ['family:view-own'],
};

/** Deny by default: an unknown role or permission, or no role at all, is never allowed. */
export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role || !Object.hasOwn(grants, role)) return false;
  return grants[role].includes(permission);
}

export function permissionsFor(role: Role): readonly Permission[] {
  return Object.hasOwn(grants, role) ? grants[role] : [];
}
