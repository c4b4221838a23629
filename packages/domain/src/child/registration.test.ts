import { describe, expect, it } from 'vitest';
import { decideRegistration } from './registration';

describe('CH-1 search before register', () => {
  it('allows registration when the search found no likely match', () => {
    expect(decideRegistration({ matchIds: [], confirmedNoneMatch: false, shownMatchIds: [] })).toEqual({
      allowed: true,
    });
  });

  it('refuses when there are likely matches and no confirmation', () => {
    const d = decideRegistration({ matchIds: ['a'], confirmedNoneMatch: false, shownMatchIds: [] });
    expect(d.allowed).toBe(false);
    if (!d.allowed) expect(d.reason).toBe('POSSIBLE_DUPLICATE');
  });

  it('allows registering anyway once every match shown is confirmed as not the child', () => {
    expect(decideRegistration({ matchIds: ['a', 'b'], confirmedNoneMatch: true, shownMatchIds: ['b', 'a'] })).toEqual({
      allowed: true,
    });
  });

  it('refuses a confirmation that did not cover a match found since', () => {
    const d = decideRegistration({ matchIds: ['a', 'c'], confirmedNoneMatch: true, shownMatchIds: ['a'] });
    expect(d.allowed).toBe(false);
    if (!d.allowed) expect(d.message).toMatch(/since you checked/);
  });
});
