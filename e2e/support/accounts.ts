/** Accounts the e2e server creates for the tests, so no test depends on the demo data's state. */
export const E2E_PASSWORD = 'e2e-password-1';

export const e2eAccounts = {
  practitioner: { email: 'practitioner@e2e.test', name: 'Priya Practitioner', role: 'practitioner' },
  keyboardPractitioner: { email: 'keyboard@e2e.test', name: 'Kim Keyboard', role: 'practitioner' },
  lockout: { email: 'lockout@e2e.test', name: 'Lee Lockout', role: 'practitioner' },
  /** Joins a CAF's team through the API, to see access end when the family withdraws consent (CO-5). */
  teamMember: { email: 'team@e2e.test', name: 'Tamsin Team', role: 'practitioner' },
  manager: { email: 'manager@e2e.test', name: 'Morgan Manager', role: 'manager' },
  administrator: { email: 'admin@e2e.test', name: 'Ash Administrator', role: 'administrator' },
  family: { email: 'family@e2e.test', name: 'Frankie Family', role: 'family_member' },
  // Practitioners of other organisations than the others' (the first demo organisation), for SH-1, SH-2, SH-4.
  youthWorker: {
    email: 'youth@e2e.test',
    name: 'Yusuf Youthworker',
    role: 'practitioner',
    organisation: 'Leeds Youth Service',
  },
  // The Team Around the Child of the multi-agency story (team-around-the-child.spec.ts).
  educationWelfareOfficer: {
    email: 'ewo@e2e.test',
    name: 'Elif Welfare',
    role: 'practitioner',
    organisation: 'Early Help Hub',
  },
  schoolNurse: {
    email: 'nurse@e2e.test',
    name: 'Nia Nurse',
    role: 'practitioner',
    organisation: 'Leeds Community Health Visiting',
  },
  socialWorker: {
    email: 'socialcare@e2e.test',
    name: 'Sadie Socialworker',
    role: 'practitioner',
    organisation: "Children's Social Care",
  },
} as const;

export type E2eActor = keyof typeof e2eAccounts;
