import { type ShareWithoutConsentInput, shareWithoutConsentInputSchema } from '@ecaf/domain';
import { z } from 'zod';
import { reportOnce } from '../consent/report-once';

/**
 * CO-7: sharing without consent, on one of three grounds, with the reason, what was shared and
 * with whom: a practitioner found in eCAF (who then joins the team on this ground) or someone
 * outside eCAF, named with their organisation.
 */

export const RECIPIENT_PRACTITIONER = 'practitioner';
export const RECIPIENT_OUTSIDE = 'outside';

export const withoutConsentFormFields = z.object({
  ground: z.string().optional(),
  reason: z.string(),
  shared: z.string().optional(),
  recipientKind: z.string().optional(),
  /** The practitioner chosen from the search results. */
  recipientUserId: z.string().optional(),
  recipientName: z.string(),
  recipientOrganisation: z.string(),
});
export type WithoutConsentFormValues = z.input<typeof withoutConsentFormFields>;

export function emptyWithoutConsentForm(): WithoutConsentFormValues {
  return {
    ground: undefined,
    reason: '',
    shared: undefined,
    recipientKind: undefined,
    recipientUserId: undefined,
    recipientName: '',
    recipientOrganisation: '',
  };
}

/** The form's field for a problem the domain (or the server) reports about the share. */
export function withoutConsentFieldFor(serverPath: string): string {
  const [field = '', part = ''] = serverPath.split('.');
  if (field === 'episodeId') return '';
  if (field !== 'recipient') return field;
  switch (part) {
    case 'userId':
      return 'recipientUserId';
    case 'name':
      return 'recipientName';
    case 'organisation':
      return 'recipientOrganisation';
    default:
      return 'recipientKind';
  }
}

function candidate(form: z.output<typeof withoutConsentFormFields>, episodeId: string) {
  const recipient =
    form.recipientKind === RECIPIENT_PRACTITIONER
      ? { kind: RECIPIENT_PRACTITIONER, userId: form.recipientUserId ?? '' }
      : form.recipientKind === RECIPIENT_OUTSIDE
        ? { kind: RECIPIENT_OUTSIDE, name: form.recipientName, organisation: form.recipientOrganisation }
        : undefined;
  return { episodeId, ground: form.ground, reason: form.reason, shared: form.shared, recipient };
}

export function makeWithoutConsentFormSchema(episodeId: string) {
  return withoutConsentFormFields
    .superRefine((form, ctx) => {
      const report = reportOnce(ctx);
      if (form.recipientKind === RECIPIENT_PRACTITIONER && !form.recipientUserId) {
        report('recipientUserId', 'Search for the practitioner and choose them from the results');
      }
      const parsed = shareWithoutConsentInputSchema.safeParse(candidate(form, episodeId));
      for (const issue of parsed.error?.issues ?? []) {
        report(withoutConsentFieldFor(issue.path.map(String).join('.')), issue.message);
      }
    })
    .transform((form): ShareWithoutConsentInput => shareWithoutConsentInputSchema.parse(candidate(form, episodeId)));
}
