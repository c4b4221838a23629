import { describe, expect, it } from 'vitest';
import { openEpisodeContactFrom } from './open-episode-contact';

describe('openEpisodeContactFrom', () => {
  it('reads the contact the server sends', () => {
    expect(
      openEpisodeContactFrom({
        name: 'Sam Patel',
        organisation: 'Oak School',
        telephone: null,
        email: 's@x.org',
        role: 'assessor',
      }),
    ).toEqual({
      name: 'Sam Patel',
      organisation: 'Oak School',
      telephone: null,
      email: 's@x.org',
      reference: null,
      role: 'assessor',
    });
  });

  it('accepts a nested contact with a reference', () => {
    expect(openEpisodeContactFrom({ reference: 'CAF-2026-000001', contact: { name: 'Sam' } })).toMatchObject({
      name: 'Sam',
      reference: 'CAF-2026-000001',
    });
  });

  it('gives null without a name', () => {
    expect(openEpisodeContactFrom({})).toBeNull();
    expect(openEpisodeContactFrom('x')).toBeNull();
  });
});
