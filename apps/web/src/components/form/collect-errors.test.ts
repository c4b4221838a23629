import { describe, expect, it } from 'vitest';
import { collectErrors, errorAt } from './collect-errors';

describe('collectErrors', () => {
  it('flattens nested and array errors to dotted paths, root errors first', () => {
    const errors = {
      child: { givenNames: { type: 'too_small', message: 'Enter the given names' } },
      parents: [undefined, { name: { type: 'server', message: 'Enter the name' } }],
      root: { server: { type: 'server', message: 'Something went wrong' } },
    };
    expect(collectErrors(errors)).toEqual([
      { path: 'root.server', message: 'Something went wrong' },
      { path: 'child.givenNames', message: 'Enter the given names' },
      { path: 'parents.1.name', message: 'Enter the name' },
    ]);
  });

  it('finds the error of a field called `message` or `type`', () => {
    const errors = {
      message: { type: 'too_small', message: 'Enter a message' },
      type: { type: 'invalid_value', message: 'Select a type' },
    };
    expect(collectErrors(errors)).toEqual([
      { path: 'message', message: 'Enter a message' },
      { path: 'type', message: 'Select a type' },
    ]);
  });

  it('reads one field', () => {
    const errors = { dateOfBirth: { day: { type: 'x', message: 'Day' } } };
    expect(errorAt(errors, 'dateOfBirth.day')).toBe('Day');
    expect(errorAt(errors, 'dateOfBirth')).toBeUndefined();
  });
});
