import { describe, expect, it } from 'vitest';
import { FAMILY_HOME, landingFor, listInWords, scopeInWords } from './plain-words';

describe('scopeInWords (CO-3 for the family)', () => {
  it('says who may see the information, naming organisations', () => {
    expect(scopeInWords({ kind: 'all', organisations: [] })).toBe('Everyone in the team helping your family.');
    expect(scopeInWords({ kind: 'only', organisations: ['Youth Service'] })).toBe('Only Youth Service.');
    expect(scopeInWords({ kind: 'all_except', organisations: ['Police', 'Housing', 'School'] })).toBe(
      'Everyone in the team helping your family, except Police, Housing and School.',
    );
    expect(scopeInWords({ kind: 'none', organisations: [] })).toMatch(/^No one in the team/);
  });

  it('joins lists as people write them', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['A'])).toBe('A');
    expect(listInWords(['A', 'B'])).toBe('A and B');
  });
});

describe('landingFor', () => {
  it('sends a family member to the family home instead of My work', () => {
    expect(landingFor('family_member', '/')).toBe(FAMILY_HOME);
    expect(landingFor('family_member', '/family/episodes/abc')).toBe('/family/episodes/abc');
    // Other pages answer for themselves: the server refuses and the page says so.
    expect(landingFor('family_member', '/children')).toBe('/children');
  });

  it('leaves everyone else where they were going', () => {
    expect(landingFor('practitioner', '/')).toBe('/');
    expect(landingFor('manager', '/children')).toBe('/children');
  });
});
