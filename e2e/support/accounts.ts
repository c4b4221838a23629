/** Accounts the e2e server creates for the tests, so no test depends on the demo data's state. */
export const E2E_PASSWORD = 'e2e-password-1';

export const e2eAccounts = {
  practitioner: { email: 'practitioner@e2e.test', name: 'Priya Practitioner', role: 'practitioner' },
  keyboardPractitioner: { email: 'keyboard@e2e.test', name: 'Kim Keyboard', role: 'practitioner' },
  lockout: { email: 'lockout@e2e.test', name: 'Lee Lockout', role: 'practitioner' },
  manager: { email: 'manager@e2e.test', name: 'Morgan Manager', role: 'manager' },
  administrator: { email: 'admin@e2e.test', name: 'Ash Administrator', role: 'administrator' },
  family: { email: 'family@e2e.test', name: 'Frankie Family', role: 'family_member' },
} as const;

export type E2eActor = keyof typeof e2eAccounts;
