import { type APIRequestContext, expect } from '@playwright/test';
import { CLIENT_HEADER } from './fixtures';
import { isoDate, newTestChild, type TestChild } from './test-data';

/**
 * Sets up a CAF through the API for tests about what comes after (the assessment, autosave),
 * so each test starts from its own child and episode.
 */

async function trpc<T>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
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
export async function startCafThroughApi(request: APIRequestContext): Promise<TestCaf> {
  const child = newTestChild();
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
    checklist: calmChecklist,
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
