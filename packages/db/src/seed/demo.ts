import { randomUUID } from 'node:crypto';
import { isoDateInLondon } from '@ecaf/domain';
import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { hashPassword } from '../passwords';
import { appendAuditEvent } from '../queries/audit';
import { localAuthority, organisation } from '../schema/authority';
import { appUser } from '../schema/identity';
import { insertFamilies } from './insert-families';
import { withPlantedDuplicates } from './planted-duplicates';
import { generateFamilies, type SyntheticFamily } from './synthetic-children';

/** Every demo account signs in with this password; printed on first start. */
export const DEMO_PASSWORD = 'demo-password-1';
export const DEMO_CHILDREN = 50;
export const DEMO_CHILDREN_SEED = 1;
/**
 * Share of the demo children registered a second time with a practitioner's slips (a nickname, a
 * misspelt surname, day and month swapped…), so a manager's first duplicate review finds pairs.
 */
export const DEMO_DUPLICATE_RATE = 0.1;

export type DemoRole = 'practitioner' | 'manager' | 'administrator' | 'family_member';

export type DemoAccount = { email: string; role: DemoRole; name: string; organisation: string | null };

export type DemoSeedResult = { seeded: false } | { seeded: true; accounts: DemoAccount[] };

type OrganisationKind = (typeof organisation.$inferInsert)['kind'];

type DemoOrganisation = {
  key: string;
  name: string;
  kind: OrganisationKind;
  sensitive?: boolean;
  telephone: string;
  address: string;
};

// Telephone numbers in Ofcom's ranges for drama: 0113 496 0xxx (Leeds) and 07700 900xxx (mobile).
const organisations: DemoOrganisation[] = [
  {
    key: 'primary',
    name: 'Meadowfield Primary School',
    kind: 'school',
    telephone: '0113 496 0101',
    address: '1 Meadowfield Road, Harehills, Leeds LS8 5QT',
  },
  {
    key: 'secondary',
    name: 'Parkside High School',
    kind: 'school',
    telephone: '0113 496 0102',
    address: 'Parkside Lane, Beeston, Leeds LS11 5DS',
  },
  {
    key: 'earlyYears',
    name: 'Little Acorns Day Nursery',
    kind: 'early_years',
    telephone: '0113 496 0103',
    address: '14 Church Street, Armley, Leeds LS12 1TA',
  },
  {
    key: 'healthVisiting',
    name: 'Leeds Community Health Visiting',
    kind: 'health',
    telephone: '0113 496 0104',
    address: 'Reginald Centre, 263 Chapeltown Road, Leeds LS7 3EX',
  },
  {
    key: 'gp',
    name: 'Woodhouse Medical Practice',
    kind: 'gp',
    telephone: '0113 496 0105',
    address: '20 Woodhouse Street, Leeds LS6 2PY',
  },
  {
    key: 'youth',
    name: 'Leeds Youth Service',
    kind: 'youth_service',
    telephone: '0113 496 0106',
    address: 'Merrion House, 110 Merrion Centre, Leeds LS2 8BB',
  },
  {
    key: 'socialCare',
    name: "Children's Social Care",
    kind: 'social_care',
    telephone: '0113 496 0107',
    address: 'Merrion House, 110 Merrion Centre, Leeds LS2 8BB',
  },
  {
    key: 'voluntary',
    name: 'Family Action Leeds',
    kind: 'voluntary',
    telephone: '0113 496 0108',
    address: '3 Station Road, Cross Gates, Leeds LS15 8DR',
  },
  {
    key: 'earlyHelp',
    name: 'Early Help Hub',
    kind: 'early_help',
    telephone: '0113 496 0109',
    address: 'Seacroft Hub, Seacroft Crescent, Leeds LS14 6NX',
  },
  {
    key: 'sexualHealth',
    name: 'Leeds Sexual Health',
    kind: 'health',
    sensitive: true,
    telephone: '0113 496 0110',
    address: 'Merrion Centre, Leeds LS2 8NG',
  },
];

type DemoStaff = {
  email: string;
  role: Exclude<DemoRole, 'family_member'>;
  name: string;
  jobTitle: string;
  telephone: string;
  organisationKey: string | null;
};

const domain = 'demo.ecaf.local';

// The main practitioner first: the one the README and the end-to-end tests sign in as.
const staff: DemoStaff[] = [
  {
    email: `practitioner@${domain}`,
    role: 'practitioner',
    name: 'Hannah Pearson',
    jobTitle: 'Pastoral Manager and Designated Safeguarding Lead',
    telephone: '07700 900101',
    organisationKey: 'secondary',
  },
  {
    email: `school.practitioner@${domain}`,
    role: 'practitioner',
    name: 'Ruth Okafor',
    jobTitle: 'Learning Mentor',
    telephone: '07700 900102',
    organisationKey: 'primary',
  },
  {
    email: `earlyyears.practitioner@${domain}`,
    role: 'practitioner',
    name: 'Lucy Barraclough',
    jobTitle: 'Nursery Manager',
    telephone: '07700 900103',
    organisationKey: 'earlyYears',
  },
  {
    email: `health.practitioner@${domain}`,
    role: 'practitioner',
    name: 'Amina Hussain',
    jobTitle: 'Health Visitor',
    telephone: '07700 900104',
    organisationKey: 'healthVisiting',
  },
  {
    email: `gp.practitioner@${domain}`,
    role: 'practitioner',
    name: 'Dr Tom Ackroyd',
    jobTitle: 'GP Partner and Safeguarding Lead',
    telephone: '07700 900105',
    organisationKey: 'gp',
  },
  {
    email: `youth.practitioner@${domain}`,
    role: 'practitioner',
    name: 'Jordan Lee',
    jobTitle: 'Youth Worker',
    telephone: '07700 900106',
    organisationKey: 'youth',
  },
  {
    email: `socialcare.practitioner@${domain}`,
    role: 'practitioner',
    name: 'Megan Holroyd',
    jobTitle: 'Social Worker',
    telephone: '07700 900107',
    organisationKey: 'socialCare',
  },
  {
    email: `voluntary.practitioner@${domain}`,
    role: 'practitioner',
    name: 'Kasia Nowak',
    jobTitle: 'Family Support Worker',
    telephone: '07700 900108',
    organisationKey: 'voluntary',
  },
  {
    email: `earlyhelp.practitioner@${domain}`,
    role: 'practitioner',
    name: 'Daniel Mensah',
    jobTitle: 'Early Help Practitioner',
    telephone: '07700 900109',
    organisationKey: 'earlyHelp',
  },
  {
    email: `sexualhealth.practitioner@${domain}`,
    role: 'practitioner',
    name: 'Chloe Firth',
    jobTitle: 'Sexual Health Nurse',
    telephone: '07700 900110',
    organisationKey: 'sexualHealth',
  },
  {
    email: `manager@${domain}`,
    role: 'manager',
    name: 'Imran Akhtar',
    jobTitle: 'Early Help Coordinator',
    telephone: '07700 900111',
    organisationKey: 'earlyHelp',
  },
  {
    email: `admin@${domain}`,
    role: 'administrator',
    name: 'Gareth Sykes',
    jobTitle: 'eCAF System Administrator',
    telephone: '07700 900112',
    organisationKey: null,
  },
];

const FAMILY_EMAIL = `family@${domain}`;

/** The parent who gets the family account: a mother with parental responsibility for a born child. */
function chooseFamilyMember(families: SyntheticFamily[]): { personId: string; name: string } {
  for (const wanted of [2, 1]) {
    for (const family of families) {
      if (family.children.filter((c) => !c.isUnborn).length < wanted) continue;
      for (const link of family.links) {
        const bornChild = family.children.some((c) => c.id === link.childId && !c.isUnborn);
        if (bornChild && link.relationship === 'Mother' && link.parentalResponsibility) {
          const carer = family.carers.find((p) => p.id === link.personId);
          if (carer) return { personId: carer.id, name: carer.name };
        }
      }
    }
  }
  throw new Error('No parent with parental responsibility among the demo children');
}

/**
 * First start of an empty database: one demo authority with its organisations, an account for
 * each role (all with DEMO_PASSWORD) and 50 synthetic children with their parents and carers.
 * Does nothing if any local authority exists. Safe to race: the check is repeated under a lock.
 */
export async function seedDemoIfEmpty(db: Database, { now }: { now: Date }): Promise<DemoSeedResult> {
  const [existing] = await db.select({ id: localAuthority.id }).from(localAuthority).limit(1);
  if (existing) return { seeded: false };

  // Hashed once for every account: argon2id is deliberately slow.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const today = isoDateInLondon(now);
  const families = [
    ...withPlantedDuplicates(generateFamilies(DEMO_CHILDREN, DEMO_CHILDREN_SEED, { today }), {
      seed: DEMO_CHILDREN_SEED,
      rate: DEMO_DUPLICATE_RATE,
      today,
    }),
  ];
  const familyMember = chooseFamilyMember(families);

  return db.transaction(async (tx): Promise<DemoSeedResult> => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('ecaf.seed.demo'))`);
    const [raced] = await tx.select({ id: localAuthority.id }).from(localAuthority).limit(1);
    if (raced) return { seeded: false };

    const authorityId = randomUUID();
    await tx.insert(localAuthority).values({
      id: authorityId,
      name: 'Leeds City Council (demo)',
      code: 'DEMO',
      safeguardingRouteTitle: "Leeds Children's Social Work Service Front Door",
      safeguardingRouteTelephone: '0113 376 0336',
      safeguardingRouteEmail: 'csws.frontdoor@example.org',
      safeguardingRouteText:
        "If you think a child is at risk of significant harm, do not start a CAF: call the Children's " +
        'Social Work Service Front Door now on 0113 376 0336 (out of hours too) and follow up in ' +
        'writing. If a child is in immediate danger, call 999.',
      reviewLimitWeeks: 12,
      createdAt: now,
    });

    const organisationIds = new Map<string, string>();
    const organisationNames = new Map<string, string>();
    await tx.insert(organisation).values(
      organisations.map((o) => {
        const id = randomUUID();
        organisationIds.set(o.key, id);
        organisationNames.set(o.key, o.name);
        return {
          id,
          authorityId,
          name: o.name,
          kind: o.kind,
          isSensitiveService: o.sensitive ?? false,
          telephone: o.telephone,
          address: o.address,
          createdAt: now,
        };
      }),
    );

    const familyUserId = randomUUID();
    await tx.insert(appUser).values([
      ...staff.map((s) => ({
        authorityId,
        organisationId: s.organisationKey ? (organisationIds.get(s.organisationKey) ?? null) : null,
        email: s.email,
        name: s.name,
        role: s.role,
        jobTitle: s.jobTitle,
        telephone: s.telephone,
        passwordHash,
        createdAt: now,
      })),
      {
        id: familyUserId,
        authorityId,
        organisationId: null,
        email: FAMILY_EMAIL,
        name: familyMember.name,
        role: 'family_member' as const,
        jobTitle: null,
        telephone: null,
        passwordHash,
        createdAt: now,
      },
    ]);

    // The family account is this parent's: linked through person.user_id, with the same email.
    const linked = families.map((f) => ({
      ...f,
      carers: f.carers.map((p) =>
        p.id === familyMember.personId ? { ...p, email: FAMILY_EMAIL, userId: familyUserId } : p,
      ),
    }));
    const counts = await insertFamilies(tx, authorityId, linked);

    await appendAuditEvent(tx, {
      at: now,
      actorUserId: null,
      actorRole: 'system',
      action: 'seed.demo_loaded',
      detail: {
        authority: 'DEMO',
        organisations: organisations.length,
        users: staff.length + 1,
        children: counts.children,
        parentsCarers: counts.persons,
      },
    });

    const accounts: DemoAccount[] = [
      ...staff.map((s) => ({
        email: s.email,
        role: s.role,
        name: s.name,
        organisation: s.organisationKey ? (organisationNames.get(s.organisationKey) ?? null) : null,
      })),
      { email: FAMILY_EMAIL, role: 'family_member', name: familyMember.name, organisation: null },
    ];
    return { seeded: true, accounts };
  });
}

const roleLabels: Record<DemoRole, string> = {
  practitioner: 'practitioner',
  manager: 'manager',
  administrator: 'administrator',
  family_member: 'family member',
};

/** The table the server prints on the first start of an empty database. */
export function formatDemoAccounts(accounts: readonly DemoAccount[], password: string): string {
  const header = ['Email', 'Role', 'Name', 'Organisation'] as const;
  const rows = accounts.map((a) => [a.email, roleLabels[a.role], a.name, a.organisation ?? '-'] as const);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    `  ${cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('   ')}`.trimEnd();
  return [
    'Demo data loaded: Leeds City Council (demo), its organisations and 50 synthetic children.',
    `Sign in with any of these accounts. The password for all of them is: ${password}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    'These accounts are for trying eCAF out. Suspend them before the system holds real children.',
  ].join('\n');
}
