import { z } from 'zod';

export const roles = ['practitioner', 'manager', 'administrator', 'family_member'] as const;
export type Role = (typeof roles)[number];
export const roleSchema = z.enum(roles);

export const roleLabels: Record<Role, string> = {
  practitioner: 'Practitioner',
  manager: 'Manager',
  administrator: 'Administrator',
  family_member: 'Family member',
};

export const userStatuses = ['active', 'suspended'] as const;
export type UserStatus = (typeof userStatuses)[number];
