import type { ConsentCapacity, ConsentMethod } from '../consent/consent-to-assess';
import type { PersonReference } from './content-schema';

/**
 * The derived sections of the form (1 About, 2 The child, 6 The assessor, 11 Consent) as
 * content keyed by element id, so the task list, check-answers, print, PDF and comparison
 * show them like any other section. CH-4: a draft is built from the current records; a
 * completed version keeps the snapshot taken when it was completed.
 */

type Nullable<T> = { [K in keyof T]: T[K] | null };

export type ChildRecordForForm = { isUnborn: boolean; interpreterNeeded: boolean } & Nullable<{
  givenNames: string;
  familyName: string;
  alsoKnownAs: string;
  sex: string;
  dateOfBirth: string;
  expectedDateOfDelivery: string;
  motherName: string;
  address: string;
  postcode: string;
  telephone: string;
  ethnicity: string;
  ethnicityOther: string;
  firstLanguage: string;
  parentFirstLanguage: string;
  disability: string;
  disabilityDetails: string;
  specialRequirements: string;
  nhsNumber: string;
  upn: string;
  schoolName: string;
  gpPractice: string;
  religion: string;
  youngCarer: string;
  specialEducationalNeeds: string;
}>;

export type AssessorForForm = Nullable<{
  name: string;
  jobTitle: string;
  organisation: string;
  telephone: string;
  email: string;
}>;

export type ConsentForForm = {
  givenBy: PersonReference;
  capacity: ConsentCapacity;
  decidedOn: string;
  method: ConsentMethod;
};

export type DerivedSectionsInput = {
  version: { number: number; startedOn: string; completedOn: string | null };
  episodeReference: string;
  child: ChildRecordForForm;
  assessor: AssessorForForm;
  coAssessor: PersonReference | null;
  /** The consent to assess that stands (CO-2), or null when none does. */
  consent: ConsentForForm | null;
};

const s = (value: string | null | undefined) => value ?? '';
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

export function derivedSectionsContent(input: DerivedSectionsInput): Record<string, Record<string, unknown>> {
  const { child, assessor, consent } = input;
  return {
    about: {
      dateStarted: input.version.startedOn,
      dateCompleted: s(input.version.completedOn),
      versionNumber: String(input.version.number),
      reference: input.episodeReference,
      // A CAF is only started from a child found through the child index (CH-1).
      childIndexSearched: 'yes',
    },
    child: {
      givenNames: s(child.givenNames),
      familyName: s(child.familyName),
      alsoKnownAs: s(child.alsoKnownAs),
      sex: s(child.sex),
      isUnborn: yesNo(child.isUnborn),
      dateOfBirth: s(child.dateOfBirth),
      expectedDateOfDelivery: s(child.expectedDateOfDelivery),
      motherName: s(child.motherName),
      address: s(child.address),
      postcode: s(child.postcode),
      telephone: s(child.telephone),
      ethnicity: s(child.ethnicity),
      ethnicityOther: s(child.ethnicityOther),
      firstLanguage: s(child.firstLanguage),
      parentFirstLanguage: s(child.parentFirstLanguage),
      interpreterNeeded: yesNo(child.interpreterNeeded),
      disability: s(child.disability),
      disabilityDetails: s(child.disabilityDetails),
      specialRequirements: s(child.specialRequirements),
      nhsNumber: s(child.nhsNumber),
      upn: s(child.upn),
      schoolName: s(child.schoolName),
      gpPractice: s(child.gpPractice),
      religion: s(child.religion),
      youngCarer: s(child.youngCarer),
      specialEducationalNeeds: s(child.specialEducationalNeeds),
    },
    assessor: {
      name: s(assessor.name),
      role: s(assessor.jobTitle),
      organisation: s(assessor.organisation),
      telephone: s(assessor.telephone),
      email: s(assessor.email),
      address: '',
      coAssessor: input.coAssessor,
      leadProfessional: null,
    },
    consent: consent
      ? {
          givenBy: consent.givenBy,
          capacity: consent.capacity,
          dateGiven: consent.decidedOn,
          method: consent.method,
          // Consent to share and its scopes (CO-3) are recorded in the consent-to-share flow.
          basicScope: '',
          additionalScope: '',
        }
      : {},
  };
}
