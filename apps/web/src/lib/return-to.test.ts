import { describe, expect, it } from 'vitest';
import { safeReturnTo, signInPath } from './return-to';

describe('safeReturnTo', () => {
  it('accepts paths inside eCAF', () => {
    expect(safeReturnTo('/children/abc')).toBe('/children/abc');
  });
  it('refuses anything that leaves eCAF', () => {
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)', '', null]) {
      expect(safeReturnTo(bad)).toBe('/');
    }
  });
});

describe('signInPath', () => {
  it('keeps the path and drops the query string', () => {
    expect(signInPath('/children/new?fromSearch=Amelia', 'signed-out')).toBe(
      '/sign-in?returnTo=%2Fchildren%2Fnew&reason=signed-out',
    );
  });
  it('needs no returnTo for the home page', () => {
    expect(signInPath('/')).toBe('/sign-in');
  });
});
