import { describe, expect, it } from 'vitest';
import { completionProblemHref, problemsFrom } from './paths';

describe('CF-5 completion problems link to where they are fixed', () => {
  const episodeId = 'e1';

  it('links a section problem to the field on the section page', () => {
    expect(completionProblemHref(episodeId, { sectionId: 'conclusions', field: 'agreedActions', message: 'x' })).toBe(
      '/episodes/e1/sections/conclusions#agreedActions',
    );
    expect(
      completionProblemHref(episodeId, { sectionId: 'development', field: 'health.strengths', message: 'x' }),
    ).toBe('/episodes/e1/sections/development#health-strengths');
    expect(completionProblemHref(episodeId, { sectionId: 'views', message: 'x' })).toBe('/episodes/e1/sections/views');
  });

  it('links child seen (CF-4) and consent (CO-1) to their own pages', () => {
    expect(completionProblemHref(episodeId, { sectionId: 'child-seen', message: 'x' })).toBe('/episodes/e1/child-seen');
    expect(completionProblemHref(episodeId, { sectionId: 'consent', message: 'x' })).toBe('/episodes/e1/consent');
  });

  it("reads the problems out of an INCOMPLETE refusal's details, ignoring anything malformed", () => {
    expect(
      problemsFrom({
        problems: [
          { sectionId: 'conclusions', field: 'outcome', message: 'Select the outcome of the assessment' },
          { sectionId: 'child-seen', message: 'Record when the child was seen.' },
          { message: 'no section' },
        ],
      }),
    ).toEqual([
      { sectionId: 'conclusions', field: 'outcome', message: 'Select the outcome of the assessment' },
      { sectionId: 'child-seen', message: 'Record when the child was seen.' },
    ]);
    expect(problemsFrom(null)).toEqual([]);
  });
});
