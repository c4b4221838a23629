import { describe, expect, it } from 'vitest';
import { checklistSchema, decideChecklist, startEpisodeInputSchema } from './checklist';
import { canStartEpisode, formatEpisodeReference } from './start-episode';

const contact = {
  name: 'Priya Shah',
  organisation: 'Meanwood Primary School',
  telephone: '0113 496 0000',
  email: 'priya.shah@example.org',
  role: 'lead_professional',
} as const;

describe('CF-1 one open episode per child', () => {
  it('allows starting a CAF when the child has no open episode', () => {
    expect(canStartEpisode({ openEpisode: null })).toEqual({ allowed: true });
  });

  it('refuses when an episode is open, with who to contact', () => {
    expect(canStartEpisode({ openEpisode: { reference: 'CAF-2026-000123', contact } })).toEqual({
      allowed: false,
      reason: 'EPISODE_ALREADY_OPEN',
      message:
        'This child already has an open CAF (CAF-2026-000123). Contact the lead professional, Priya Shah at Meanwood Primary School, to ask to join the team.',
      extra: contact,
    });
  });

  it('names the assessor when there is no lead professional yet', () => {
    const decision = canStartEpisode({
      openEpisode: { reference: 'CAF-2026-000124', contact: { ...contact, role: 'assessor' } },
    });
    expect(decision.allowed === false && decision.message).toContain('Contact the assessor, Priya Shah');
  });
});

describe('CF-2 safeguarding first', () => {
  const answers = { healthy: 'yes', safeFromHarm: 'no' } as const;

  it('does not start a CAF when there is an immediate concern, whatever was decided', () => {
    const checklist = checklistSchema.parse({ ...answers, immediateConcern: 'yes', decision: 'start_caf' });
    expect(decideChecklist(checklist)).toEqual({ outcome: 'safeguarding_referral' });
    expect(decideChecklist({ immediateConcern: 'yes' })).toEqual({ outcome: 'safeguarding_referral' });
  });

  it('follows the decision when there is no immediate concern', () => {
    expect(decideChecklist(checklistSchema.parse({ immediateConcern: 'no', decision: 'start_caf' }))).toEqual({
      outcome: 'start_caf',
    });
    expect(decideChecklist({ immediateConcern: 'no', decision: 'refer_specialist' })).toEqual({
      outcome: 'refer_specialist',
    });
    expect(decideChecklist({ immediateConcern: 'no', decision: 'no_further_action' })).toEqual({
      outcome: 'no_further_action',
    });
  });

  it('needs the immediate-concern question answered', () => {
    const result = checklistSchema.safeParse({ ...answers });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'immediateConcern',
        'Select yes if there are immediate concerns that the child is suffering or at risk of significant harm',
      ],
    ]);
  });

  it('needs a decision only when there is no immediate concern', () => {
    expect(checklistSchema.safeParse({ immediateConcern: 'yes' }).success).toBe(true);
    const result = checklistSchema.safeParse({ immediateConcern: 'no' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['decision', 'Select what you have decided to do'],
    ]);
  });

  it('takes the checklist with a child id to start an episode', () => {
    const parsed = startEpisodeInputSchema.parse({
      childId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
      checklist: { immediateConcern: 'no', decision: 'start_caf', notes: '  seen at school  ' },
    });
    expect(parsed.checklist.notes).toBe('seen at school');
    expect(startEpisodeInputSchema.safeParse({ childId: 'nope', checklist: parsed.checklist }).success).toBe(false);
  });
});

describe('formatEpisodeReference', () => {
  it('pads the number to six digits', () => {
    expect(formatEpisodeReference(2026, 123)).toBe('CAF-2026-000123');
    expect(formatEpisodeReference(2027, 1234567)).toBe('CAF-2027-1234567');
  });
});
