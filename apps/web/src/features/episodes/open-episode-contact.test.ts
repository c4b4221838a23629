import { describe, expect, it } from 'vitest';
import { openEpisodeContactFrom } from './open-episode-contact';

describe('openEpisodeContactFrom', () => {
  it('reads the contact and the reference the server sends', () => {
    expect(
      openEpisodeContactFrom({
        reference: 'CAF-2026-000001',
        contact: { name: 'Sam Patel', organisation: 'Oak School', telephone: null, email: 's@x.org', role: 'assessor' },
      }),
    ).toEqual({
      name: 'Sam Patel',
      organisation: 'Oak School',
      telephone: null,
      email: 's@x.org',
      reference: 'CAF-2026-000001',
      role: 'assessor',
    });
  });

  it('gives null without a name', () => {
    expect(openEpisodeContactFrom({})).toBeNull();
    expect(openEpisodeContactFrom({ contact: {} })).toBeNull();
    expect(openEpisodeContactFrom('x')).toBeNull();
  });
});
