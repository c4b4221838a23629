import { describe, expect, it } from 'vitest';
import { compareEmails, compareExact, compareIdentifiers, comparePlaces } from './simple';

describe('NHS number, UPN and phone', () => {
  it('exact, one character wrong, two neighbours swapped, different, missing', () => {
    expect(compareIdentifiers('9434765919', '9434765919')).toBe('exact');
    expect(compareIdentifiers('9434765919', '9434765910')).toBe('typo');
    expect(compareIdentifiers('9434765919', '9434765991')).toBe('typo');
    expect(compareIdentifiers('A123456789012B', 'A123456789012C')).toBe('typo');
    expect(compareIdentifiers('9434765919', '4010232137')).toBe('different');
    expect(compareIdentifiers(null, '4010232137')).toBeNull();
  });
});

describe('sex and house number', () => {
  it('the same or not; missing is neutral', () => {
    expect(compareExact('female', 'female')).toBe('exact');
    expect(compareExact('female', 'male')).toBe('different');
    expect(compareExact(null, 'male')).toBeNull();
  });
});

describe('street, locality, town and school', () => {
  it('exact, typo (JW >= 0.92), similar (JW >= 0.8), different, missing', () => {
    expect(comparePlaces('leeds', 'leeds')).toBe('exact');
    expect(comparePlaces('birmingham', 'birmingahm')).toBe('typo');
    expect(comparePlaces('southampton', 'southend')).toBe('similar');
    expect(comparePlaces('leeds', 'york')).toBe('different');
    expect(comparePlaces(null, 'york')).toBeNull();
  });
});

describe('email', () => {
  it('exact, same user name, spelt almost the same, different, missing', () => {
    expect(compareEmails('ann@example.org', 'ann@example.org')).toBe('exact');
    expect(compareEmails('ann@example.org', 'ann@example.com')).toBe('user');
    expect(compareEmails('ann.smith@example.org', 'ann.smyth@example.org')).toBe('typo');
    expect(compareEmails('ann@example.org', 'bob@other.net')).toBe('different');
    expect(compareEmails('ann@example.org', null)).toBeNull();
  });
});
