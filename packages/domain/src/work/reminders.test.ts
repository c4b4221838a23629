import { describe, expect, it } from 'vitest';
import { reminderMessage, remindUntil } from './reminders';

describe('PL-1, PL-2 due reminders', () => {
  it('PL-1 reminds of actions due within three days', () => {
    expect(remindUntil('2026-11-23')).toBe('2026-11-26');
  });

  it('PL-1 says when an action is due, today, or overdue, naming the reference and not the child', () => {
    const action = { kind: 'action_due', reference: 'CAF-2026-000001', action: 'Attendance plan' } as const;
    expect(reminderMessage({ ...action, dueOn: '2026-11-25' }, '2026-11-23')).toEqual({
      message: 'Your action on CAF-2026-000001, “Attendance plan”, is due on 25 November 2026.',
      subject: 'An action on CAF-2026-000001 is due soon',
    });
    expect(reminderMessage({ ...action, dueOn: '2026-11-23' }, '2026-11-23').message).toContain('is due today');
    expect(reminderMessage({ ...action, dueOn: '2026-11-20' }, '2026-11-23')).toEqual({
      message: 'Your action on CAF-2026-000001, “Attendance plan”, was due on 20 November 2026 and is overdue.',
      subject: 'An action on CAF-2026-000001 is overdue',
    });
  });

  it('PL-2 reminds the lead professional of a review', () => {
    expect(
      reminderMessage(
        { kind: 'review_due', reference: 'CAF-2026-000002', action: '', dueOn: '2026-11-24' },
        '2026-11-23',
      ),
    ).toEqual({
      message: 'The review of CAF-2026-000002 is due on 24 November 2026. You are its lead professional.',
      subject: 'The review of CAF-2026-000002 is due soon',
    });
  });

  it('CO-4 reminds that verbal consent needs confirming, and says when it has lapsed', () => {
    const consent = { kind: 'verbal_consent_unconfirmed', reference: 'CAF-2026-000003', action: '' } as const;
    expect(reminderMessage({ ...consent, dueOn: '2026-11-25' }, '2026-11-23')).toEqual({
      message: 'Verbal consent to share on CAF-2026-000003 must be confirmed in writing by 25 November 2026 (CO-4).',
      subject: 'Verbal consent on CAF-2026-000003 needs confirming',
    });
    expect(reminderMessage({ ...consent, dueOn: '2026-11-22' }, '2026-11-23').subject).toBe(
      'Verbal consent on CAF-2026-000003 has lapsed',
    );
  });
});
