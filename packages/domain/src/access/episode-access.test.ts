import { describe, expect, it } from 'vitest';
import { decideEpisodeAccess } from './episode-access';

const episode = { authorityId: 'la-1', assessorUserIds: ['assessor-1'] };

describe('SH-1 deny by default', () => {
  it('allows the assessor, on the ground of being the assessor', () => {
    expect(
      decideEpisodeAccess({ user: { id: 'assessor-1', role: 'practitioner', authorityId: 'la-1' }, episode }),
    ).toEqual({
      allowed: true,
      ground: 'assessor',
    });
  });

  it('allows a manager of the same authority', () => {
    expect(decideEpisodeAccess({ user: { id: 'm', role: 'manager', authorityId: 'la-1' }, episode })).toEqual({
      allowed: true,
      ground: 'manager',
    });
  });

  it('refuses a colleague who is not an assessor, even in the same organisation', () => {
    expect(
      decideEpisodeAccess({ user: { id: 'colleague', role: 'practitioner', authorityId: 'la-1' }, episode }).allowed,
    ).toBe(false);
  });

  it('refuses administrators and family members who are not parties', () => {
    for (const role of ['administrator', 'family_member'] as const) {
      expect(decideEpisodeAccess({ user: { id: 'x', role, authorityId: 'la-1' }, episode }).allowed).toBe(false);
    }
  });

  it('refuses a manager of another authority, and an assessor id in another authority', () => {
    expect(decideEpisodeAccess({ user: { id: 'm', role: 'manager', authorityId: 'la-2' }, episode }).allowed).toBe(
      false,
    );
    expect(
      decideEpisodeAccess({ user: { id: 'assessor-1', role: 'practitioner', authorityId: 'la-2' }, episode }).allowed,
    ).toBe(false);
  });
});
