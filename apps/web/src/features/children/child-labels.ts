import { formatDate } from '@ecaf/domain';

/** The date shown for a child in lists: date of birth, or when an unborn baby is due. */
export function birthDateText(child: { dateOfBirth: string | null; expectedDateOfDelivery: string | null }): string {
  if (child.dateOfBirth) return formatDate(child.dateOfBirth);
  if (child.expectedDateOfDelivery) return `Due ${formatDate(child.expectedDateOfDelivery)}`;
  return 'Not recorded';
}
