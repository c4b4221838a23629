import { addDaysToIsoDate } from '../dates/iso-date';

/**
 * PL-1, PL-2 reminders by notification and email: an action's owner and a review's lead
 * professional are reminded once when it falls due within this many days, and again only if
 * its due date changes. Overdue items never reminded before are reminded too.
 */
export const REMINDER_DAYS_BEFORE = 3;

export function remindUntil(today: string): string {
  return addDaysToIsoDate(today, REMINDER_DAYS_BEFORE);
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function when(dueOn: string, today: string): string {
  const date = longDate.format(new Date(`${dueOn}T00:00:00Z`));
  if (dueOn < today) return `was due on ${date} and is overdue`;
  if (dueOn === today) return 'is due today';
  return `is due on ${date}`;
}

/**
 * The reminder's words. They name the CAF reference and, for an action, the action as agreed in
 * the plan: never the child, so the same words can go by email.
 */
export function reminderMessage(
  reminder: {
    kind: 'action_due' | 'review_due' | 'verbal_consent_unconfirmed';
    reference: string;
    dueOn: string;
    action: string;
  },
  today: string,
): { message: string; subject: string } {
  if (reminder.kind === 'verbal_consent_unconfirmed') {
    const date = longDate.format(new Date(`${reminder.dueOn}T00:00:00Z`));
    return reminder.dueOn < today
      ? {
          message: `Verbal consent to share on ${reminder.reference} was not confirmed in writing by ${date}: nothing is shared under it until it is confirmed (CO-4).`,
          subject: `Verbal consent on ${reminder.reference} has lapsed`,
        }
      : {
          message: `Verbal consent to share on ${reminder.reference} must be confirmed in writing by ${date} (CO-4).`,
          subject: `Verbal consent on ${reminder.reference} needs confirming`,
        };
  }
  if (reminder.kind === 'action_due') {
    return {
      message: `Your action on ${reminder.reference}, “${reminder.action}”, ${when(reminder.dueOn, today)}.`,
      subject: `An action on ${reminder.reference} ${dueOnWords(reminder.dueOn, today)}`,
    };
  }
  return {
    message: `The review of ${reminder.reference} ${when(reminder.dueOn, today)}. You are its lead professional.`,
    subject: `The review of ${reminder.reference} ${dueOnWords(reminder.dueOn, today)}`,
  };
}

function dueOnWords(dueOn: string, today: string): string {
  return dueOn < today ? 'is overdue' : dueOn === today ? 'is due today' : 'is due soon';
}
