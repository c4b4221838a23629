import { describe, expect, it } from 'vitest';
import { buildChronology, type ChronologyEvent, type ChronologyViewer } from './chronology';
import { decideResolveConcern, orderConcerns, raiseConcernInputSchema, resolveConcernInputSchema } from './concern';
import {
  checkInvolvementDates,
  mayEndInvolvement,
  maySeeInvolvement,
  partitionInvolvements,
  recordInvolvementInputSchema,
} from './involvement';

const CHILD = '11111111-1111-4111-8111-111111111111';
const health = 'org-health';
const school = 'org-school';

describe('IN-1 involvement visibility', () => {
  const sensitive = { organisationId: health, sensitiveService: true, explicitConsent: false };

  it('IN-1 allows everyone to see a non-sensitive service', () => {
    expect(maySeeInvolvement({ organisationId: school }, { ...sensitive, sensitiveService: false })).toBe(true);
    expect(maySeeInvolvement({ organisationId: null }, { ...sensitive, sensitiveService: false })).toBe(true);
  });

  it('IN-1 refuses a sensitive service to other organisations without explicit consent', () => {
    expect(maySeeInvolvement({ organisationId: school }, sensitive)).toBe(false);
    expect(maySeeInvolvement({ organisationId: null }, sensitive)).toBe(false);
  });

  it('IN-1 allows a sensitive service with explicit consent, and always to its own organisation', () => {
    expect(maySeeInvolvement({ organisationId: school }, { ...sensitive, explicitConsent: true })).toBe(true);
    expect(maySeeInvolvement({ organisationId: health }, sensitive)).toBe(true);
  });

  it('IN-1 counts the hidden ones without showing them', () => {
    const out = partitionInvolvements({ organisationId: school }, [
      sensitive,
      { ...sensitive, sensitiveService: false, organisationId: school },
    ]);
    expect(out.visible).toHaveLength(1);
    expect(out.hiddenCount).toBe(1);
  });

  it('IN-1 lets only the organisation whose service it is end an involvement', () => {
    expect(mayEndInvolvement({ organisationId: health }, { organisationId: health })).toBe(true);
    expect(mayEndInvolvement({ organisationId: school }, { organisationId: health })).toBe(false);
    expect(mayEndInvolvement({ organisationId: null }, { organisationId: health })).toBe(false);
  });
});

describe('IN-1 recording an involvement', () => {
  it('IN-1 accepts a service and a real start date', () => {
    const parsed = recordInvolvementInputSchema.parse({
      childId: CHILD,
      service: ' Mentoring ',
      startedOn: '2026-11-01',
    });
    expect(parsed).toEqual({ childId: CHILD, service: 'Mentoring', startedOn: '2026-11-01', explicitConsent: false });
  });

  it('IN-1 refuses a blank service and a date that is not real', () => {
    const parsed = recordInvolvementInputSchema.safeParse({ childId: CHILD, service: ' ', startedOn: '2026-02-30' });
    const messages = parsed.error?.issues.map((i) => i.message);
    expect(messages).toContain('Enter what your service is doing with the child');
    expect(messages).toContain('The date your involvement started must be a real date');
  });

  it('IN-1 refuses a start in the future and an end before the start', () => {
    expect(checkInvolvementDates({ startedOn: '2026-12-01' }, { today: '2026-11-23' })).toEqual({
      startedOn: 'The date your involvement started must be today or in the past',
    });
    expect(checkInvolvementDates({ endedOn: '2026-10-01' }, { today: '2026-11-23', startedOn: '2026-11-01' })).toEqual({
      endedOn: 'The date your involvement ended must be on or after the date it started',
    });
    expect(checkInvolvementDates({ startedOn: '2026-11-23', endedOn: '2026-11-23' }, { today: '2026-11-23' })).toEqual(
      {},
    );
  });
});

describe('IN-2 concerns', () => {
  const concern = { raisedBy: 'raiser', resolvedAt: null, leadProfessionalUserId: 'lp' };

  it('IN-2 needs a description to raise and a reason to resolve', () => {
    expect(raiseConcernInputSchema.safeParse({ childId: CHILD, description: '  ' }).error?.issues[0]?.message).toBe(
      'Describe your concern',
    );
    expect(raiseConcernInputSchema.safeParse({ childId: CHILD, description: 'Bruising' }).success).toBe(true);
    expect(resolveConcernInputSchema.safeParse({ concernId: CHILD, resolution: '' }).error?.issues[0]?.message).toBe(
      'Enter how the concern was resolved',
    );
  });

  it('IN-2 allows the lead professional, a manager and the raiser to resolve', () => {
    expect(decideResolveConcern({ id: 'lp', role: 'practitioner' }, concern).allowed).toBe(true);
    expect(decideResolveConcern({ id: 'm', role: 'manager' }, concern).allowed).toBe(true);
    expect(decideResolveConcern({ id: 'raiser', role: 'practitioner' }, concern).allowed).toBe(true);
  });

  it('IN-2 refuses anyone else, and a second resolution', () => {
    expect(decideResolveConcern({ id: 'other', role: 'practitioner' }, concern)).toMatchObject({
      allowed: false,
      reason: 'NOT_ALLOWED',
    });
    expect(
      decideResolveConcern({ id: 'm', role: 'manager' }, { ...concern, resolvedAt: '2026-11-20T10:00:00Z' }),
    ).toMatchObject({ allowed: false, reason: 'ALREADY_RESOLVED' });
  });

  it('IN-2 lists open concerns first', () => {
    const ordered = orderConcerns([
      { id: 'a', raisedAt: '2026-11-01T10:00:00.000Z', resolvedAt: '2026-11-02T10:00:00.000Z' },
      { id: 'b', raisedAt: '2026-10-01T10:00:00.000Z', resolvedAt: null },
      { id: 'c', raisedAt: '2026-11-05T10:00:00.000Z', resolvedAt: null },
    ]);
    expect(ordered.map((c) => c.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('screen 4 chronology', () => {
  const episode = { episodeId: 'ep-1', reference: 'CAF-1' };
  const events: ChronologyEvent[] = [
    { kind: 'child_registered', id: 'c', at: '2026-01-01T09:00:00.000Z', actorName: 'Pat' },
    { kind: 'caf_started', id: 'e', at: '2026-02-01T09:00:00.000Z', actorName: 'Pat', ...episode },
    {
      kind: 'lead_professional_assigned',
      id: 'l',
      at: '2026-02-01T09:00:00.000Z',
      actorName: 'Pat',
      name: 'Lee',
      ...episode,
    },
    {
      kind: 'assessment_completed',
      id: 'v',
      at: '2026-03-01T09:00:00.000Z',
      actorName: 'Pat',
      versionNumber: 1,
      ...episode,
    },
    { kind: 'concern_raised', id: 'x', at: '2026-04-01T09:00:00.000Z', actorName: 'Pat', description: 'Bruise' },
    {
      kind: 'involvement_started',
      id: 'i',
      at: '2026-03-15',
      actorName: 'Sam',
      organisationId: health,
      organisationName: 'Sexual Health',
      service: 'Clinic',
      sensitiveService: true,
      explicitConsent: false,
    },
  ];
  const reader: ChronologyViewer = { organisationId: health, readableEpisodeIds: new Set(['ep-1']) };
  const outsider: ChronologyViewer = { organisationId: school, readableEpisodeIds: new Set() };

  it('screen 4 lists events newest first, with plain-English titles and a stable tie-break', () => {
    const out = buildChronology(events, reader);
    expect(out.map((e) => e.title)).toEqual([
      'Concern raised',
      'Sexual Health started working with the child',
      'Assessment version 1 completed',
      'Lee became lead professional',
      'CAF CAF-1 started',
      'Child registered in eCAF',
    ]);
    expect(buildChronology([...events].reverse(), reader)).toEqual(out);
    expect(out[1]).toMatchObject({ dateOnly: true, group: 'involvement' });
  });

  it('SH-1 omits episode-level events for a viewer who may not read the episode, and IN-1 a hidden involvement', () => {
    const out = buildChronology(events, outsider);
    expect(out.map((e) => e.kind)).toEqual(['concern_raised', 'caf_started', 'child_registered']);
  });

  it('IN-1 shows a sensitive involvement in the chronology once explicit consent is recorded', () => {
    const consented = events.map((e) => (e.kind === 'involvement_started' ? { ...e, explicitConsent: true } : e));
    expect(buildChronology(consented, outsider).map((e) => e.kind)).toContain('involvement_started');
  });
});
