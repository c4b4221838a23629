import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roles } from '../auth/roles';
import { additionalScopeKinds, type ConsentToShareState, type ShareScope } from '../consent/consent-to-share';
import {
  decideEpisodeAccess,
  type EpisodeAsk,
  type EpisodeRelationships,
  type TeamMembership,
  type Viewer,
} from './access-policy';

/**
 * SH-1, SH-2 and CO-5 as properties: random relationships and consent over a few users and
 * organisations (so the viewer is often the assessor, the lead, a team member and family at
 * once), checked against plain oracles written without the policy's helpers.
 */

const authority = 'authority-north';
const userIds = ['u1', 'u2', 'u3', 'u4', 'u5'] as const;
const organisationIds = ['o1', 'o2', 'o3'] as const;
const asks: readonly EpisodeAsk[] = ['read', 'edit', 'share', 'see_who_looked', 'family_contribute'];

const userId = fc.constantFrom(...userIds);
const organisationId = fc.option(fc.constantFrom(...organisationIds), { nil: null });

const scope: fc.Arbitrary<ShareScope> = fc.record({
  kind: fc.constantFrom(...additionalScopeKinds),
  organisationIds: fc.subarray([...organisationIds]),
});

const consent: fc.Arbitrary<ConsentToShareState> = fc.record({
  status: fc.constantFrom('active', 'awaiting_confirmation', 'lapsed', 'withdrawn', 'none'),
  consentId: fc.option(fc.constantFrom('consent-1', 'consent-2'), { nil: null }),
  basicScope: scope,
  additionalScope: scope,
});

const membership: fc.Arbitrary<TeamMembership> = fc.oneof(
  fc.record({ userId, organisationId, basis: fc.constant('consent' as const) }),
  fc.record({
    userId,
    organisationId,
    basis: fc.constant('without_consent' as const),
    shareId: fc.constantFrom('share-1', 'share-2'),
    shared: fc.constantFrom('basic' as const, 'basic_and_additional' as const),
  }),
);

const relationships: fc.Arbitrary<EpisodeRelationships> = fc.record({
  authorityId: fc.constant(authority),
  assessors: fc.uniqueArray(fc.record({ userId, role: fc.constantFrom('assessor' as const, 'co_assessor' as const) }), {
    selector: (a) => a.userId,
    maxLength: 3,
  }),
  leadProfessionalUserId: fc.option(userId, { nil: null }),
  team: fc.uniqueArray(membership, { selector: (m) => m.userId, maxLength: 5 }),
  familyUserIds: fc.subarray([...userIds]),
  consent,
});

// Mostly practitioners of the episode's authority: they are the ones the rules tell apart.
const viewer: fc.Arbitrary<Viewer> = fc.record({
  id: userId,
  role: fc.oneof({ weight: 4, arbitrary: fc.constant('practitioner' as const) }, fc.constantFrom(...roles)),
  authorityId: fc.oneof({ weight: 4, arbitrary: fc.constant(authority) }, fc.constant('authority-south')),
  organisationId,
});

/** A practitioner on the team on the basis of consent, under consent that may or may not still share. */
const consentTeamMember: fc.Arbitrary<{ viewer: Viewer; episode: EpisodeRelationships }> = fc
  .record({
    related: relationships,
    id: userId,
    organisationId,
    status: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('active' as const, 'awaiting_confirmation' as const) },
      fc.constantFrom('lapsed' as const, 'withdrawn' as const, 'none' as const),
    ),
  })
  .map(({ related, id, organisationId, status }) => ({
    viewer: { id, role: 'practitioner' as const, authorityId: authority, organisationId },
    episode: {
      ...related,
      team: [...related.team.filter((m) => m.userId !== id), { userId: id, organisationId, basis: 'consent' as const }],
      consent: { ...related.consent, status, consentId: 'consent-1' },
    },
  }));

const ask = fc.constantFrom(...asks);

/** CO-3, written plainly: may this organisation see what the scope covers? */
function inScope(s: ShareScope, organisation: string | null): boolean {
  const named = organisation !== null && s.organisationIds.includes(organisation);
  if (s.kind === 'all') return true;
  if (s.kind === 'all_except') return !named;
  if (s.kind === 'only') return named;
  return false;
}

describe('access policy properties', () => {
  it('SH-1 whatever the relationships and consent, an administrator or a user of another authority is never allowed', () => {
    fc.assert(
      fc.property(viewer, relationships, ask, (v, episode, a) => {
        fc.pre(v.role === 'administrator' || v.authorityId !== episode.authorityId);
        const access = decideEpisodeAccess(v, episode, a);
        // Not even told that the record exists.
        expect(access).toMatchObject({ allowed: false, refusal: 'NOT_FOUND' });
      }),
      { numRuns: 1000 },
    );
  });

  it('SH-1 a user allowed to edit is always allowed to read, on the same ground', () => {
    fc.assert(
      fc.property(viewer, relationships, (v, episode) => {
        const edit = decideEpisodeAccess(v, episode, 'edit');
        if (edit.allowed) expect(decideEpisodeAccess(v, episode, 'read')).toEqual(edit);
      }),
      { numRuns: 1000 },
    );
  });

  it('SH-1 every ask beyond reading is refused NOT_FOUND exactly when reading is refused, otherwise FORBIDDEN', () => {
    fc.assert(
      fc.property(viewer, relationships, ask, (v, episode, a) => {
        const read = decideEpisodeAccess(v, episode, 'read');
        const access = decideEpisodeAccess(v, episode, a);
        if (!read.allowed) expect(access).toEqual(read);
        else if (access.allowed) expect(access).toEqual(read);
        else expect(access.refusal).toBe('FORBIDDEN');
      }),
      { numRuns: 1000 },
    );
  });

  it('CF-7 a user allowed to edit is a practitioner recorded as assessor or co-assessor', () => {
    fc.assert(
      fc.property(viewer, relationships, (v, episode) => {
        if (!decideEpisodeAccess(v, episode, 'edit').allowed) return;
        expect(v.role).toBe('practitioner');
        expect(episode.assessors.map((a) => a.userId)).toContain(v.id);
      }),
      { numRuns: 1000 },
    );
  });

  it('SH-2 sensitive "shown" for a consent team member implies their organisation is in both scopes', () => {
    fc.assert(
      fc.property(
        fc.oneof(consentTeamMember, fc.record({ viewer, episode: relationships })),
        ({ viewer: v, episode }) => {
          const access = decideEpisodeAccess(v, episode, 'read');
          if (!access.allowed || access.ground.kind !== 'team_consent') return;
          // Any consent team member is inside the basic scope of consent that still shares.
          expect(['active', 'awaiting_confirmation']).toContain(episode.consent.status);
          expect(access.ground.consentId).toBe(episode.consent.consentId);
          expect(inScope(episode.consent.basicScope, v.organisationId)).toBe(true);
          if (access.sensitive === 'shown') {
            expect(inScope(episode.consent.additionalScope, v.organisationId)).toBe(true);
          } else {
            expect(inScope(episode.consent.additionalScope, v.organisationId)).toBe(false);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('SH-1 a practitioner with no role in the episode is never allowed', () => {
    fc.assert(
      fc.property(viewer, relationships, ask, (v, episode, a) => {
        fc.pre(v.role === 'practitioner');
        const related =
          episode.assessors.some((x) => x.userId === v.id) ||
          episode.leadProfessionalUserId === v.id ||
          episode.team.some((m) => m.userId === v.id);
        fc.pre(!related);
        expect(decideEpisodeAccess(v, episode, a)).toMatchObject({ allowed: false, refusal: 'NOT_FOUND' });
      }),
      { numRuns: 1000 },
    );
  });

  it('CO-5 once consent is withdrawn only the lead professional, managers, the family, the assessor without a lead professional and CO-7 shares read', () => {
    fc.assert(
      fc.property(viewer, relationships, (v, related) => {
        const episode = { ...related, consent: { ...related.consent, status: 'withdrawn' as const } };
        const access = decideEpisodeAccess(v, episode, 'read');
        if (!access.allowed) return;
        const kind = access.ground.kind;
        expect(['lead_professional', 'manager', 'family', 'assessor', 'team_without_consent']).toContain(kind);
        if (kind === 'assessor') expect(episode.leadProfessionalUserId).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('CO-4 CO-5 a consent team member reads only under consent that is active or awaiting confirmation', () => {
    fc.assert(
      fc.property(viewer, relationships, (v, episode) => {
        fc.pre(!['active', 'awaiting_confirmation'].includes(episode.consent.status));
        const access = decideEpisodeAccess(v, episode, 'read');
        expect(access.allowed && access.ground.kind === 'team_consent').toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('SH-5 see who looked and family contribution go only to the grounds the rules name', () => {
    fc.assert(
      fc.property(viewer, relationships, (v, episode) => {
        const looked = decideEpisodeAccess(v, episode, 'see_who_looked');
        if (looked.allowed) {
          expect(['lead_professional', 'manager', 'family', 'assessor']).toContain(looked.ground.kind);
          if (looked.ground.kind === 'assessor') expect(episode.leadProfessionalUserId).toBeNull();
        }
        const contribute = decideEpisodeAccess(v, episode, 'family_contribute');
        if (contribute.allowed) {
          expect(v.role).toBe('family_member');
          expect(episode.familyUserIds).toContain(v.id);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
