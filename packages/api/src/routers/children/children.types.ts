import { z } from 'zod';

/**
 * What the child index and the child page may return (SH-3): identifying details only, never
 * assessment content. Declared as outputs so a field added to a query cannot leak by accident.
 */
const isoDate = z.string().nullable();

export const childSearchResult = z.object({
  id: z.uuid(),
  name: z.string(),
  dateOfBirth: isoDate,
  expectedDateOfDelivery: isoDate,
  postcode: z.string().nullable(),
  nhsNumber: z.string().nullable(),
  hasOpenEpisode: z.boolean(),
  /**
   * CH-1: how sure the index is that this is the child, and why, in words. 'unlikely' only in
   * search results: the details typed agree with the child, but too few to say more.
   */
  band: z.enum(['certain', 'likely', 'possible', 'unlikely']),
  probability: z.number(),
  explanation: z.string(),
  reasons: z.array(z.string()),
  against: z.array(z.string()),
});

export const childSearchOutput = z.object({ results: z.array(childSearchResult) });

const yesNoNotKnown = z.enum(['yes', 'no', 'not_known']).nullable();

export const childViewOutput = z.object({
  child: z.object({
    id: z.uuid(),
    name: z.string(),
    givenNames: z.string(),
    familyName: z.string(),
    alsoKnownAs: z.string().nullable(),
    sex: z.enum(['male', 'female', 'unknown', 'prefer_not_to_say']),
    isUnborn: z.boolean(),
    dateOfBirth: isoDate,
    expectedDateOfDelivery: isoDate,
    motherName: z.string().nullable(),
    address: z.string().nullable(),
    postcode: z.string().nullable(),
    telephone: z.string().nullable(),
    ethnicity: z.string().nullable(),
    ethnicityOther: z.string().nullable(),
    firstLanguage: z.string().nullable(),
    parentFirstLanguage: z.string().nullable(),
    interpreterNeeded: z.boolean(),
    disability: yesNoNotKnown,
    disabilityDetails: z.string().nullable(),
    specialRequirements: z.string().nullable(),
    nhsNumber: z.string().nullable(),
    upn: z.string().nullable(),
    schoolName: z.string().nullable(),
    gpPractice: z.string().nullable(),
    religion: z.string().nullable(),
    youngCarer: yesNoNotKnown,
    specialEducationalNeeds: yesNoNotKnown,
  }),
  parents: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      address: z.string().nullable(),
      telephone: z.string().nullable(),
      email: z.string().nullable(),
      relationship: z.string(),
      parentalResponsibility: z.boolean(),
    }),
  ),
  episodes: z.array(
    z.object({
      id: z.uuid(),
      reference: z.string(),
      status: z.enum(['draft', 'active', 'closed']),
      startedAt: z.string(),
      closedAt: z.string().nullable(),
      assessorName: z.string(),
      assessorOrganisation: z.string().nullable(),
    }),
  ),
});
