import { z } from 'zod';

/**
 * CO-7 Sharing without consent: only on one of three recorded grounds, with a reason, what was
 * shared and with whom. It is flagged to managers. The recipient is a practitioner in eCAF (who
 * then joins the team on this ground, SH-4) or someone outside it (recorded by name).
 */

export const withoutConsentGrounds = [
  'significant_harm_to_child',
  'adult_at_risk_of_serious_harm',
  'serious_crime',
] as const;
export type WithoutConsentGround = (typeof withoutConsentGrounds)[number];

export const withoutConsentGroundLabels: Record<WithoutConsentGround, string> = {
  significant_harm_to_child: 'Risk of significant harm to a child',
  adult_at_risk_of_serious_harm: 'An adult at risk of serious harm',
  serious_crime: 'Preventing or detecting serious crime',
};

/** What was shared: the assessment without its sensitive elements, or with them. */
export const sharedInformationKinds = ['basic', 'basic_and_additional'] as const;
export type SharedInformation = (typeof sharedInformationKinds)[number];

export const sharedInformationLabels: Record<SharedInformation, string> = {
  basic: 'Basic information (the assessment without its sensitive elements)',
  basic_and_additional: 'Basic and additional (sensitive) information',
};

const tooLong = (what: string, max: number) => `${what} must be ${max.toLocaleString('en-GB')} characters or fewer`;

export const shareWithoutConsentInputSchema = z.object({
  episodeId: z.uuid(),
  ground: z.enum(withoutConsentGrounds, 'Select the ground for sharing without consent'),
  reason: z
    .string('Enter why the information must be shared without consent')
    .trim()
    .min(1, 'Enter why the information must be shared without consent')
    .max(5000, tooLong('The reason', 5000)),
  shared: z.enum(sharedInformationKinds, 'Select what was shared'),
  recipient: z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('practitioner'), userId: z.uuid('Choose a practitioner') }),
      z.object({
        kind: z.literal('outside'),
        name: z
          .string('Enter who the information was shared with')
          .trim()
          .min(1, 'Enter who the information was shared with')
          .max(200, tooLong('The name', 200)),
        organisation: z
          .string('Enter their organisation')
          .trim()
          .min(1, 'Enter their organisation')
          .max(200, tooLong('The organisation', 200)),
      }),
    ],
    { error: 'Select who the information was shared with' },
  ),
});
export type ShareWithoutConsentInput = z.output<typeof shareWithoutConsentInputSchema>;
