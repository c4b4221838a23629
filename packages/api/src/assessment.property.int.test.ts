import { tables } from '@ecaf/db';
import {
  applyVersionCommand,
  type EpisodeVersions,
  latestVersion,
  newEpisodeVersions,
  type SaveSectionInput,
  sectionRevision,
} from '@ecaf/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAppError } from './testing/expect-app-error';
import { createHarness, type Harness } from './testing/harness';

/**
 * The real services against the model of CF-6 and CF-7 (packages/domain version-model.ts):
 * random sequences of save / conflicting save / save to an older version / complete / start
 * review go to both, and they must agree on every answer and on what every version holds.
 * So the property test of the model speaks for the database too.
 */

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

// Sections without completion requirements, so saves never stop a completion.
const sections = {
  'family-home': (text: string) => ({ familyHomeSituation: text }),
  services: (text: string) => ({ services: [{ organisation: text }] }),
  'parents-carers': (text: string) => ({ parentsCarers: [{ name: text }] }),
} as const;
type SectionId = keyof typeof sections;

type Step =
  | { kind: 'save'; sectionId: SectionId; text: string }
  | { kind: 'staleSave'; sectionId: SectionId; text: string; staleBy: number }
  | { kind: 'saveToOlderVersion'; sectionId: SectionId; text: string }
  | { kind: 'complete' }
  | { kind: 'startReview' };

const sectionId = fc.constantFrom<SectionId>('family-home', 'services', 'parents-carers');
const text = fc.stringMatching(/^[a-z]{1,8}$/);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('save' as const), sectionId, text }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('staleSave' as const),
      sectionId,
      text,
      staleBy: fc.integer({ min: 1, max: 2 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('saveToOlderVersion' as const), sectionId, text }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'complete' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'startReview' as const }) },
);

/** A child, a CAF with consent, every required section filled and the child seen. */
async function readyEpisode(call: Awaited<ReturnType<Awaited<ReturnType<Harness['signedIn']>>['call']>>) {
  const [child] = await h.db
    .insert(tables.child)
    .values({
      authorityId: h.authority.id,
      givenNames: 'Sam',
      familyName: 'Property',
      sex: 'unknown',
      dateOfBirth: '2015-06-01',
    })
    .returning();
  const [mother] = await h.db
    .insert(tables.person)
    .values({ authorityId: h.authority.id, name: 'Mo Property' })
    .returning();
  if (!child || !mother) throw new Error('no child');
  await h.db
    .insert(tables.childPerson)
    .values({ childId: child.id, personId: mother.id, relationship: 'Mother', parentalResponsibility: true });
  const started = await call.episodes.start({
    childId: child.id,
    checklist: {
      healthy: 'yes',
      safeFromHarm: 'yes',
      learningAndDeveloping: 'no',
      positiveImpactOnOthers: 'yes',
      freeFromPoverty: 'yes',
      immediateConcern: 'no',
      decision: 'start_caf',
      notes: '',
    },
  });
  if (started.outcome !== 'episode_started') throw new Error(started.outcome);
  const episodeId = started.episodeId;
  await call.assessment.recordConsent({
    episodeId,
    decision: 'given',
    givenBy: { kind: 'person', personId: mother.id },
    capacity: 'parental_responsibility',
    competenceReasons: '',
    date: '2026-11-23',
    method: 'verbal',
    whatWasExplained: 'Everything',
  });
  await call.assessment.recordChildSeen({
    episodeId,
    seenOn: '2026-11-23',
    seenBy: 'Pat',
    seenAlone: 'yes',
    location: '',
  });
  const required: Omit<SaveSectionInput, 'episodeId' | 'versionNumber' | 'baseRevision'>[] = [
    { sectionId: 'assessment-information', content: { reasonForAssessment: 'Reason' } },
    { sectionId: 'development', content: { health: { strengths: 'Well' } } },
    { sectionId: 'parents-and-carers-domain', content: { basicCare: { strengths: 'Good' } } },
    { sectionId: 'family-environment', content: { widerFamily: { needs: 'Support' } } },
    { sectionId: 'views', content: { childViews: 'Fine', parentViews: 'Fine' } },
    {
      sectionId: 'conclusions',
      content: {
        agreedActions: [
          {
            action: 'Act',
            owner: { kind: 'user', id: h.userId('practitioner'), name: 'Pat Assessor' },
            dueDate: '2026-12-01',
          },
        ],
        outcome: 'team_around_the_child',
        firstReviewDate: '2026-12-21',
      },
    },
  ];
  for (const section of required) {
    await call.assessment.saveSection({ ...section, episodeId, versionNumber: 1, baseRevision: 0 } as SaveSectionInput);
  }
  return episodeId;
}

describe('CF-6 and CF-7: the services agree with the model over random sequences', () => {
  it('CF-6 CF-7 never change a completed version, keep versions contiguous, never drop an acknowledged save', async () => {
    const call = await (await h.signedIn('practitioner')).call();
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 18 }), async (steps) => {
        const episodeId = await readyEpisode(call);
        let model: EpisodeVersions = newEpisodeVersions();
        for (const s of steps) {
          const latest = latestVersion(model);
          if (s.kind === 'complete' || s.kind === 'startReview') {
            const expected = applyVersionCommand(
              model,
              s.kind === 'complete' ? { kind: 'complete', today: '2026-11-23' } : { kind: 'startReview' },
            );
            const actual =
              s.kind === 'complete'
                ? call.assessment.complete({ episodeId, versionNumber: latest.number })
                : call.assessment.startReview({ episodeId });
            if (expected.decision.allowed) await actual;
            else
              await expectAppError(
                actual,
                expected.decision.reason === 'DRAFT_IN_PROGRESS' ? 'DRAFT_IN_PROGRESS' : 'VERSION_COMPLETED',
              );
            model = expected.state;
            continue;
          }
          const target = s.kind === 'saveToOlderVersion' ? (model.versions.at(-2) ?? latest) : latest;
          const current = sectionRevision(target, s.sectionId);
          const baseRevision =
            s.kind === 'staleSave' ? (current >= s.staleBy ? current - s.staleBy : current + s.staleBy) : current;
          const command = {
            kind: 'save',
            versionNumber: target.number,
            sectionId: s.sectionId,
            text: s.text,
            baseRevision,
          } as const;
          const expected = applyVersionCommand(model, command);
          const actual = call.assessment.saveSection({
            episodeId,
            versionNumber: target.number,
            sectionId: s.sectionId,
            baseRevision,
            content: sections[s.sectionId](s.text),
          } as SaveSectionInput);
          if (expected.decision.allowed) expect((await actual).revision).toBe(current + 1);
          else
            await expectAppError(
              actual,
              expected.decision.reason === 'VERSION_COMPLETED' ? 'VERSION_COMPLETED' : 'STALE_REVISION',
            );
          model = expected.state;
        }

        // Every version, as stored, is what the model says it holds.
        for (const version of model.versions) {
          const stored = await call.assessment.get({ episodeId, versionNumber: version.number });
          expect(stored.version.status).toBe(version.status);
          for (const id of Object.keys(sections) as SectionId[]) {
            const section = stored.version.sections.find((x) => x.sectionId === id);
            const text = version.content[id];
            expect(section?.content ?? null).toEqual(text === undefined ? null : sections[id](text));
            expect(section?.revision ?? 0).toBe(sectionRevision(version, id));
          }
        }
        const listed = await call.assessment.get({ episodeId });
        expect(listed.versions.map((v) => v.number)).toEqual(model.versions.map((v) => v.number));
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
