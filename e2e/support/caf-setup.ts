import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { CLIENT_HEADER } from './fixtures';
import { isoDate, newTestChild, type TestChild } from './test-data';

/**
 * Sets up a CAF through the API for tests about what comes after (the assessment, autosave),
 * so each test starts from its own child and episode.
 */

/** One tRPC call over HTTP as the signed-in page's user; fails the test with the server's answer. */
export async function trpc<T>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  const response = await request.post(`/trpc/${path}`, { headers: CLIENT_HEADER, data: input });
  const text = await response.text();
  expect(response.ok(), `${path}: ${text}`).toBe(true);
  return (JSON.parse(text) as { result: { data: T } }).result.data;
}

export type TestCaf = { child: TestChild; childId: string; episodeId: string; reference: string; parentName: string };

const calmChecklist = {
  healthy: 'yes',
  safeFromHarm: 'yes',
  learningAndDeveloping: 'no',
  positiveImpactOnOthers: 'yes',
  freeFromPoverty: 'yes',
  immediateConcern: 'no',
  decision: 'start_caf',
  notes: '',
} as const;

/** A child (with a mother who has parental responsibility) and a CAF started for them. */
export async function startCafThroughApi(
  request: APIRequestContext,
  options: { dateOfBirth?: TestChild['dateOfBirth']; notes?: string } = {},
): Promise<TestCaf> {
  const child = { ...newTestChild(), ...(options.dateOfBirth ? { dateOfBirth: options.dateOfBirth } : {}) };
  const parentName = `${child.givenNames}a ${child.familyName}`;
  const { childId } = await trpc<{ childId: string }>(request, 'children.register', {
    child: {
      givenNames: child.givenNames,
      familyName: child.familyName,
      sex: 'female',
      isUnborn: false,
      dateOfBirth: isoDate(child.dateOfBirth),
      nhsNumber: child.nhsNumber,
    },
    parents: [{ name: parentName, relationship: 'Mother', parentalResponsibility: 'yes' }],
  });
  const started = await trpc<{ outcome: string; episodeId: string; reference: string }>(request, 'episodes.start', {
    childId,
    checklist: { ...calmChecklist, notes: options.notes ?? '' },
  });
  expect(started.outcome).toBe('episode_started');
  return { child, childId, episodeId: started.episodeId, reference: started.reference, parentName };
}

/** The mother's written consent to assess and store (CO-1), recorded today. */
export async function recordConsentThroughApi(request: APIRequestContext, caf: TestCaf, today: string) {
  const view = await trpc<{ consentGivers: { personId: string; name: string }[] }>(request, 'assessment.get', {
    episodeId: caf.episodeId,
  });
  const mother = view.consentGivers.find((g) => g.name === caf.parentName);
  if (!mother) throw new Error('the mother is not among those who may consent');
  await trpc(request, 'assessment.recordConsent', {
    episodeId: caf.episodeId,
    decision: 'given',
    givenBy: { kind: 'person', personId: mother.personId },
    capacity: 'parental_responsibility',
    competenceReasons: '',
    date: today,
    method: 'written',
    whatWasExplained: 'What a CAF is, who will see it, and that consent can be withdrawn at any time.',
  });
}

/** What the server holds for one section of the newest version. */
export async function savedSection(request: APIRequestContext, episodeId: string, sectionId: string) {
  const view = await trpc<{ version: { sections: { sectionId: string; content: Record<string, unknown> }[] } }>(
    request,
    'assessment.get',
    { episodeId },
  );
  return view.version.sections.find((s) => s.sectionId === sectionId)?.content ?? null;
}

/** Today in England, as the server decides dates. */
export function todayInLondon(): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date());
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** An ISO date some days after another. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Fills a GOV.UK date input found by its fieldset's legend. */
export async function fillDate(page: Page, legend: string, iso: string) {
  const [year = '', month = '', day = ''] = iso.split('-');
  const group = page.getByRole('group', { name: legend, exact: true });
  await group.getByLabel('Day').fill(String(Number(day)));
  await group.getByLabel('Month').fill(String(Number(month)));
  await group.getByLabel('Year').fill(year);
}

export type AgreedAction = {
  need: string;
  action: string;
  desiredOutcome: string;
  owner: { kind: 'user' | 'person'; id: string; name: string };
  dueDate: string;
};

/**
 * Everything completion needs (CF-4, CF-5), with the given agreed actions and first review date,
 * the child seen today, then completion: for tests about what comes after the assessment.
 */
export async function completeAssessmentThroughApi(
  request: APIRequestContext,
  caf: TestCaf,
  values: { today: string; seenBy: string; summary: string; agreedActions: AgreedAction[]; firstReviewDate: string },
) {
  const sections = [
    { sectionId: 'assessment-information', content: { reasonForAssessment: 'Attendance has fallen this term.' } },
    {
      sectionId: 'development',
      content: { learning: { strengths: 'Good at maths', needs: 'Missing lessons', evidence: '' } },
    },
    { sectionId: 'parents-and-carers-domain', content: { basicCare: { strengths: 'Loving home', needs: '' } } },
    { sectionId: 'family-environment', content: { housingEmploymentFinance: { needs: 'Mother works nights' } } },
    { sectionId: 'views', content: { childViews: 'Finds mornings hard', parentViews: 'Wants her back at school' } },
    {
      sectionId: 'conclusions',
      content: {
        summary: values.summary,
        agreedActions: values.agreedActions,
        outcome: 'team_around_the_child',
        firstReviewDate: values.firstReviewDate,
      },
    },
  ];
  for (const section of sections) {
    await trpc(request, 'assessment.saveSection', {
      ...section,
      episodeId: caf.episodeId,
      versionNumber: 1,
      baseRevision: 0,
    });
  }
  await trpc(request, 'assessment.recordChildSeen', {
    episodeId: caf.episodeId,
    seenOn: values.today,
    seenBy: values.seenBy,
    seenAlone: 'yes',
    location: 'School',
  });
  await trpc(request, 'assessment.complete', { episodeId: caf.episodeId, versionNumber: 1 });
}
