import { describe, expect, it } from 'vitest';
import {
  assessmentContentSchema,
  buildSaveSectionInputSchema,
  buildSectionSchema,
  contentSections,
  isContentSectionId,
  saveSectionInputSchema,
  sectionContentSchema,
} from './content-schema';
import { cafFormDefinition, type FormDefinition, type SectionDefinition } from './form-definition';

const episodeId = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
const ownerId = '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b';
const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } | undefined }) =>
  result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('section content schemas derived from the form definition', () => {
  it('accepts a partial draft and trims text', () => {
    const parsed = sectionContentSchema('assessment-information').parse({
      reasonForAssessment: '  Attendance has dropped this term.  ',
    });
    expect(parsed).toEqual({ reasonForAssessment: 'Attendance has dropped this term.' });
    expect(sectionContentSchema('conclusions').parse({})).toEqual({});
  });

  it('accepts a full conclusions section: rows, a person, a date and an option', () => {
    const conclusions = {
      summary: 'Warm family, attendance a concern',
      agreedActions: [
        {
          need: 'Attendance',
          action: 'Daily check-in',
          desiredOutcome: '95% attendance',
          owner: { kind: 'user', id: ownerId, name: 'Priya Shah' },
          dueDate: '2026-04-30',
        },
        { action: 'Started typing', owner: null, dueDate: '' },
      ],
      outcome: 'team_around_the_child',
      firstReviewDate: '2026-05-15',
    };
    expect(sectionContentSchema('conclusions').parse(conclusions)).toEqual(conclusions);
  });

  it('holds each §8 element as strengths, needs and evidence-or-opinion', () => {
    expect(
      sectionContentSchema('development').parse({ health: { strengths: ' Healthy ', evidence: 'evidence' } }),
    ).toEqual({ health: { strengths: 'Healthy', evidence: 'evidence' } });
    expect(issues(sectionContentSchema('development').safeParse({ health: { evidence: 'hearsay' } }))).toEqual([
      ['health.evidence', 'Select one of the options for is this based on evidence or opinion?'],
    ]);
  });

  it('refuses values outside the definition: options, dates, lengths, rows, unknown fields', () => {
    const result = sectionContentSchema('conclusions').safeParse({
      outcome: 'close_the_case',
      firstReviewDate: '2026-02-30',
      summary: 'x'.repeat(20_001),
      agreedActions: [{ owner: { kind: 'user', id: 'nope', name: 'Priya' } }],
      colour: 'blue',
    });
    expect(issues(result)).toEqual([
      ['summary', 'Summary of strengths and needs must be 20,000 characters or fewer'],
      ['agreedActions.0.owner.id', 'Invalid UUID'],
      ['outcome', 'Select one of the options for outcome of the assessment'],
      ['firstReviewDate', 'First review date must be a real date'],
      ['', 'Unrecognized key: "colour"'],
    ]);
    expect(
      issues(sectionContentSchema('assessment-information').safeParse({ peoplePresent: Array(31).fill({}) })),
    ).toEqual([['peoplePresent', 'You can add up to 30 entries to people present at the assessment']]);
    expect(
      issues(
        sectionContentSchema('parents-carers').safeParse({ parentsCarers: [{ parentalResponsibility: 'maybe' }] }),
      ),
    ).toEqual([['parentsCarers.0.parentalResponsibility', 'Select yes or no']]);
  });

  it('keys the whole content by content section only', () => {
    expect(assessmentContentSchema.parse({ views: { childViews: ' Wants to stay ' } })).toEqual({
      views: { childViews: 'Wants to stay' },
    });
    expect(issues(assessmentContentSchema.safeParse({ child: { givenNames: 'Amelia' } }))).toEqual([
      ['', 'Unrecognized key: "child"'],
    ]);
    expect(isContentSectionId('views')).toBe(true);
    expect(isContentSectionId('child')).toBe(false);
    expect(contentSections.map((s) => s.id)).toEqual([
      'assessment-information',
      'parents-carers',
      'family-home',
      'services',
      'development',
      'parents-and-carers-domain',
      'family-environment',
      'views',
      'conclusions',
    ]);
  });

  it('adds an element added to a copy of the definition to validation, with no other change', () => {
    const views = cafFormDefinition.sections.find((s) => s.id === 'views');
    if (!views) return expect.unreachable('views section missing');
    const withHobbies: SectionDefinition = {
      ...views,
      elements: [
        ...views.elements,
        { kind: 'field', id: 'hobbies', label: 'Hobbies', type: 'text', maxLength: 10 },
        {
          kind: 'field',
          id: 'bestTime',
          label: 'Best time to visit',
          type: 'checkboxes',
          options: [
            { value: 'morning', label: 'Morning' },
            { value: 'evening', label: 'Evening' },
          ],
        },
      ],
    };
    const before = buildSectionSchema(views);
    const after = buildSectionSchema(withHobbies);
    const draft = { childViews: 'Likes school', hobbies: ' Football ', bestTime: ['evening'] };

    expect(before.safeParse(draft).success).toBe(false);
    expect(after.parse(draft)).toEqual({ childViews: 'Likes school', hobbies: 'Football', bestTime: ['evening'] });
    expect(issues(after.safeParse({ hobbies: 'Football and chess', bestTime: ['noon'] }))).toEqual([
      ['hobbies', 'Hobbies must be 10 characters or fewer'],
      ['bestTime.0', 'Select only options from the list'],
    ]);

    const definition: FormDefinition = {
      ...cafFormDefinition,
      sections: cafFormDefinition.sections.map((s) => (s.id === 'views' ? withHobbies : s)),
    };
    const save = buildSaveSectionInputSchema(definition);
    const input = { episodeId, versionNumber: 1, sectionId: 'views', baseRevision: 0, content: { hobbies: 'Chess' } };
    expect(save.safeParse(input).success).toBe(true);
    expect(saveSectionInputSchema.safeParse(input).success).toBe(false);
  });
});

describe('save section input', () => {
  const base = { episodeId, versionNumber: 2, baseRevision: 7 };

  it('validates the content against the section it names', () => {
    expect(saveSectionInputSchema.parse({ ...base, sectionId: 'views', content: { childViews: ' Happy ' } })).toEqual({
      ...base,
      sectionId: 'views',
      content: { childViews: 'Happy' },
    });
    expect(
      issues(
        saveSectionInputSchema.safeParse({
          ...base,
          sectionId: 'views',
          content: { reasonForAssessment: 'belongs to section 3' },
        }),
      ),
    ).toEqual([['content', 'Unrecognized key: "reasonForAssessment"']]);
  });

  it('refuses derived sections, unknown sections and bad ids or revisions', () => {
    expect(issues(saveSectionInputSchema.safeParse({ ...base, sectionId: 'child', content: {} }))).toEqual([
      ['sectionId', 'Choose a section of the assessment'],
    ]);
    expect(
      saveSectionInputSchema.safeParse({ ...base, episodeId: 'nope', sectionId: 'views', content: {} }).success,
    ).toBe(false);
    expect(
      saveSectionInputSchema.safeParse({ ...base, baseRevision: -1, sectionId: 'views', content: {} }).success,
    ).toBe(false);
    expect(
      saveSectionInputSchema.safeParse({ ...base, baseRevision: 1.5, sectionId: 'views', content: {} }).success,
    ).toBe(false);
    expect(
      saveSectionInputSchema.safeParse({ ...base, versionNumber: 0, sectionId: 'views', content: {} }).success,
    ).toBe(false);
  });
});
