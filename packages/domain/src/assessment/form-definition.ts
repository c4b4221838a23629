import { ethnicities, sexes, sexLabels, yesNoNotKnown, yesNoNotKnownLabels } from '../child/child-details';
import {
  consentCapacities,
  consentCapacityLabels,
  consentMethodLabels,
  consentMethods,
} from '../consent/consent-to-assess';

/**
 * The CAF form (caf-form.md) as data. The web form renders it and the server derives its
 * validation from it, so a local authority can add a field here without touching UI code.
 *
 * Content is stored per section, keyed by element id:
 *   content['assessment-information'].reasonForAssessment = '…'
 *   content['development'].health = { strengths: '…', needs: '…', evidence: 'evidence' }
 *   content['conclusions'].agreedActions = [{ need: '…', action: '…', owner: {…}, dueDate: '2026-05-01' }]
 *
 * Values by field type: text, textarea, radios, select and yesNo hold a string; date holds an
 * ISO date string; checkboxes hold a string array; person holds a reference to a team member or
 * family member (an object whose shape the episode flow owns).
 */

export const fieldTypes = ['text', 'textarea', 'date', 'yesNo', 'radios', 'checkboxes', 'select', 'person'] as const;
export type FieldType = (typeof fieldTypes)[number];
export type ChoiceFieldType = Extract<FieldType, 'radios' | 'checkboxes' | 'select'>;

export type OptionDefinition = { readonly value: string; readonly label: string; readonly hint?: string };

type FieldBase = {
  readonly kind: 'field';
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  /** (S) in caf-form.md: shared only under the "additional information" consent scope (SH-2). */
  readonly sensitive?: boolean;
  /** For text and textarea: the most characters allowed, when not the default for the type (content-schema.ts). */
  readonly maxLength?: number;
};
export type ChoiceFieldDefinition = FieldBase & {
  readonly type: ChoiceFieldType;
  readonly options: readonly OptionDefinition[];
};
export type PlainFieldDefinition = FieldBase & { readonly type: Exclude<FieldType, ChoiceFieldType> };
export type FieldDefinition = ChoiceFieldDefinition | PlainFieldDefinition;

/**
 * Fields that belong together. A repeatable group is a table the user adds rows to (people
 * present, household, agreed actions); a non-repeatable one is a single object, which is how
 * each element of the three §8 domains holds its strengths, needs and evidence.
 */
export type GroupDefinition = {
  readonly kind: 'group';
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly repeatable: boolean;
  /** What one row is called in buttons: 'Add another person'. */
  readonly itemLabel?: string;
  readonly maxItems?: number;
  readonly sensitive?: boolean;
  readonly fields: readonly FieldDefinition[];
};

export type ElementDefinition = FieldDefinition | GroupDefinition;

/**
 * What a section needs before its task shows as completed, and what CF-5 checks before an
 * assessment version can be completed.
 */
export type CompletionRequirement =
  /** The element has an answer. */
  | { readonly kind: 'answered'; readonly elementId: string; readonly message: string }
  /** At least one group in the section has one of these fields answered (a §8 domain comment). */
  | { readonly kind: 'anyGroupField'; readonly fieldIds: readonly string[]; readonly message: string }
  /** Either the element or the reason it is missing is answered (a view, or why it was not given). */
  | {
      readonly kind: 'answerOrReason';
      readonly elementId: string;
      readonly reasonElementId: string;
      readonly message: string;
    }
  /** A repeatable group has at least `min` rows with all of these fields answered. */
  | {
      readonly kind: 'minItems';
      readonly groupId: string;
      readonly min: number;
      readonly fieldIds: readonly string[];
      readonly message: string;
    };

/**
 * 'derived' sections are filled by the system or by other flows (the child record, the signed-in
 * assessor, the consent flow) and shown read-only; 'content' sections are the assessment itself,
 * which CF-3 keeps unsaved until consent is recorded.
 */
export type SectionKind = 'derived' | 'content';

export type SectionDefinition = {
  readonly id: string;
  /** As numbered in the national form: '8.2'. */
  readonly number: string;
  readonly title: string;
  readonly kind: SectionKind;
  readonly description?: string;
  readonly elements: readonly ElementDefinition[];
  readonly completion: readonly CompletionRequirement[];
};

export type FormDefinition = {
  readonly id: string;
  readonly version: number;
  readonly title: string;
  readonly sections: readonly SectionDefinition[];
};

const text = <const Id extends string>(id: Id, label: string, hint?: string) =>
  ({ kind: 'field', id, label, type: 'text', ...(hint ? { hint } : {}) }) as const;
const textarea = <const Id extends string>(id: Id, label: string, hint?: string) =>
  ({ kind: 'field', id, label, type: 'textarea', ...(hint ? { hint } : {}) }) as const;
const date = <const Id extends string>(id: Id, label: string, hint?: string) =>
  ({ kind: 'field', id, label, type: 'date', ...(hint ? { hint } : {}) }) as const;
const yesNoField = <const Id extends string>(id: Id, label: string, hint?: string) =>
  ({ kind: 'field', id, label, type: 'yesNo', ...(hint ? { hint } : {}) }) as const;
const person = <const Id extends string>(id: Id, label: string, hint?: string) =>
  ({ kind: 'field', id, label, type: 'person', ...(hint ? { hint } : {}) }) as const;
const choice = <
  const Id extends string,
  const Type extends ChoiceFieldType,
  const Options extends readonly OptionDefinition[],
>(
  id: Id,
  type: Type,
  label: string,
  options: Options,
  hint?: string,
) => ({ kind: 'field', id, label, type, options, ...(hint ? { hint } : {}) }) as const;

export const evidenceOptions = [
  { value: 'evidence', label: 'Evidence', hint: 'Something seen, recorded or reported' },
  { value: 'opinion', label: 'Opinion', hint: 'A professional judgement' },
] as const satisfies readonly OptionDefinition[];

/** Every element of the three domains is the same triple; only its label and (S) flag differ. */
function domainElement<const Id extends string>(
  id: Id,
  label: string,
  options: { hint?: string; sensitive?: boolean } = {},
) {
  return {
    kind: 'group',
    id,
    label,
    ...(options.hint ? { hint: options.hint } : {}),
    repeatable: false,
    sensitive: options.sensitive === true,
    fields: [
      textarea('strengths', 'Strengths'),
      textarea('needs', 'Needs'),
      choice(
        'evidence',
        'radios',
        'Is this based on evidence or opinion?',
        evidenceOptions,
        'Say what the evidence is in the boxes above',
      ),
    ],
  } as const satisfies GroupDefinition;
}

const domainComment = (what: string) =>
  ({
    kind: 'anyGroupField',
    fieldIds: ['strengths', 'needs'],
    message: `Enter at least one strength or need for ${what}`,
  }) as const;

export const assessmentOutcomes = [
  { value: 'team_around_the_child', label: 'Continue with a Team Around the Child' },
  { value: 'no_further_action', label: 'No further action' },
  { value: 'refer_specialist', label: 'Refer to a specialist service' },
  { value: 'refer_social_care', label: "Refer to children's social care" },
] as const satisfies readonly OptionDefinition[];

// CO-1, CO-2: the consent record (consent/consent-to-assess.ts) owns these lists.
export const consentCapacityOptions = consentCapacities.map((value) => ({
  value,
  label: consentCapacityLabels[value],
})) satisfies readonly OptionDefinition[];

export const consentMethodOptions = consentMethods.map((value) => ({
  value,
  label: consentMethodLabels[value],
})) satisfies readonly OptionDefinition[];

export const consentScopeOptions = [
  { value: 'all', label: 'All services in the team' },
  { value: 'all_except', label: 'All except named organisations' },
  { value: 'only_named', label: 'Only named organisations' },
] as const satisfies readonly OptionDefinition[];

const sexOptions = sexes.map((value) => ({ value, label: sexLabels[value] }));
const yesNoNotKnownOptions = yesNoNotKnown.map((value) => ({ value, label: yesNoNotKnownLabels[value] }));
const ethnicityOptions = ethnicities.map((e) => ({ value: e.code, label: e.label, hint: e.group }));

export const cafFormDefinition = {
  id: 'caf',
  version: 1,
  title: 'Common Assessment Framework',
  sections: [
    {
      id: 'about',
      number: '1',
      title: 'About this assessment',
      kind: 'derived',
      description: 'Recorded by eCAF as the assessment moves on.',
      elements: [
        date('dateStarted', 'Date started'),
        date('dateCompleted', 'Date completed'),
        text('versionNumber', 'Version', '1 for the first assessment; each review adds one'),
        text('reference', 'Reference number'),
        yesNoField('childIndexSearched', 'Child index searched for an existing CAF'),
      ],
      completion: [],
    },
    {
      id: 'child',
      number: '2',
      title: 'The child',
      kind: 'derived',
      // CH-4: edits here update the child record; the ids are the child record's fields.
      description: "The child's identifying details, from the child record.",
      elements: [
        text('givenNames', 'Given names'),
        text('familyName', 'Family name'),
        text('alsoKnownAs', 'Also known as, or previous names'),
        choice('sex', 'radios', 'Sex', sexOptions),
        yesNoField('isUnborn', 'Is this an unborn baby?'),
        date('dateOfBirth', 'Date of birth'),
        date('expectedDateOfDelivery', 'Expected date of delivery'),
        text('motherName', "Mother's name", 'An unborn baby is recorded as "unborn baby of" their mother'),
        textarea('address', 'Address'),
        text('postcode', 'Postcode'),
        text('telephone', 'Contact telephone'),
        choice('ethnicity', 'select', 'Ethnicity', ethnicityOptions),
        text('ethnicityOther', 'Ethnicity, if any other background'),
        text('firstLanguage', "Child's first language"),
        text('parentFirstLanguage', "Parent's first language"),
        yesNoField('interpreterNeeded', 'Is an interpreter needed?'),
        choice('disability', 'radios', 'Does the child have a disability?', yesNoNotKnownOptions),
        textarea('disabilityDetails', 'Disability details'),
        textarea('specialRequirements', 'Special requirements', 'For example, signing, interpretation or access'),
        text('nhsNumber', 'NHS number', 'A 10 digit number, like 943 476 5919'),
        text('upn', 'Unique pupil number (UPN)', '13 characters, starting with a letter'),
        text('schoolName', 'School or setting'),
        text('gpPractice', 'GP practice'),
        text('religion', 'Religion'),
        choice('youngCarer', 'radios', 'Is the child a young carer?', yesNoNotKnownOptions),
        choice(
          'specialEducationalNeeds',
          'radios',
          'Does the child have special educational needs?',
          yesNoNotKnownOptions,
        ),
      ],
      completion: [],
    },
    {
      id: 'assessment-information',
      number: '3',
      title: 'Assessment information',
      kind: 'content',
      elements: [
        {
          kind: 'group',
          id: 'peoplePresent',
          label: 'People present at the assessment',
          repeatable: true,
          itemLabel: 'person',
          maxItems: 30,
          fields: [text('name', 'Name'), text('relationship', 'Relationship to the child or role')],
        },
        textarea('reasonForAssessment', 'What has led to this assessment?'),
      ],
      completion: [
        { kind: 'answered', elementId: 'reasonForAssessment', message: 'Enter what has led to this assessment' },
      ],
    },
    {
      id: 'parents-carers',
      number: '4',
      title: 'Parents and carers',
      kind: 'content',
      elements: [
        {
          kind: 'group',
          id: 'parentsCarers',
          label: 'Parents and carers',
          hint: 'Parental responsibility decides who may consent for the child',
          repeatable: true,
          itemLabel: 'parent or carer',
          maxItems: 10,
          fields: [
            text('name', 'Name'),
            text('relationship', 'Relationship to the child'),
            textarea('address', 'Address'),
            text('telephone', 'Telephone'),
            text('email', 'Email address'),
            yesNoField('parentalResponsibility', 'Do they have parental responsibility?'),
          ],
        },
      ],
      completion: [],
    },
    {
      id: 'family-home',
      number: '5',
      title: 'Family and home situation',
      kind: 'content',
      elements: [
        textarea('familyHomeSituation', 'Family and home situation'),
        {
          kind: 'group',
          id: 'household',
          label: 'Household',
          hint: 'Everyone who lives in the household, and others important to the child',
          repeatable: true,
          itemLabel: 'household member',
          maxItems: 30,
          fields: [
            text('name', 'Name'),
            text('relationship', 'Relationship to the child'),
            date('dateOfBirth', 'Date of birth'),
            yesNoField('livesWithChild', 'Lives with the child?'),
            text('schoolOrSetting', 'School or setting'),
          ],
        },
      ],
      completion: [],
    },
    {
      id: 'assessor',
      number: '6',
      title: 'The assessor',
      kind: 'derived',
      description: 'From the assessor’s account, and the team once it is formed.',
      elements: [
        text('name', 'Name'),
        text('role', 'Role'),
        text('organisation', 'Organisation'),
        text('telephone', 'Telephone'),
        text('email', 'Email address'),
        textarea('address', 'Address'),
        person('coAssessor', 'Co-assessor'),
        person('leadProfessional', 'Lead professional', 'If already known'),
      ],
      completion: [],
    },
    {
      id: 'services',
      number: '7',
      title: 'Services working with the child',
      kind: 'content',
      description: 'Filled in from the involvements recorded for the child; add any others.',
      elements: [
        {
          kind: 'group',
          id: 'services',
          label: 'Services',
          repeatable: true,
          itemLabel: 'service',
          maxItems: 30,
          fields: [
            text('organisation', 'Service or organisation'),
            text('practitionerName', 'Practitioner name'),
            text('role', 'Role'),
            text('telephone', 'Telephone'),
            text('email', 'Email address'),
            yesNoField('isLeadProfessional', 'Lead professional?'),
          ],
        },
      ],
      completion: [],
    },
    {
      id: 'development',
      number: '8.1',
      title: 'Development of the baby, child or young person',
      kind: 'content',
      elements: [
        domainElement('health', 'Health', {
          hint: 'General health; physical development; speech, language and communication',
          sensitive: true,
        }),
        domainElement('emotionalSocialDevelopment', 'Emotional and social development', { sensitive: true }),
        domainElement('behaviouralDevelopment', 'Behavioural development', { sensitive: true }),
        domainElement('identity', 'Identity, including self-esteem, self-image and social presentation'),
        domainElement('familySocialRelationships', 'Family and social relationships'),
        domainElement('selfCareIndependence', 'Self-care skills and independence'),
        domainElement('learning', 'Learning', {
          hint: 'Understanding, reasoning and problem solving; participation in learning, education and employment; progress and achievement in learning; aspirations',
        }),
      ],
      completion: [domainComment("the child's development")],
    },
    {
      id: 'parents-and-carers-domain',
      number: '8.2',
      title: 'Parents and carers: strengths and needs',
      kind: 'content',
      elements: [
        domainElement('basicCare', 'Basic care, ensuring safety and protection', { sensitive: true }),
        domainElement('emotionalWarmth', 'Emotional warmth and stability', { sensitive: true }),
        domainElement('guidanceBoundaries', 'Guidance, boundaries and stimulation'),
      ],
      completion: [domainComment('parents and carers')],
    },
    {
      id: 'family-environment',
      number: '8.3',
      title: 'Family and environmental factors',
      kind: 'content',
      elements: [
        domainElement('familyHistory', 'Family history, functioning and well-being', { sensitive: true }),
        domainElement('widerFamily', 'Wider family'),
        domainElement('housingEmploymentFinance', 'Housing, employment and financial considerations', {
          sensitive: true,
        }),
        domainElement('socialCommunity', 'Social and community elements and resources, including education'),
      ],
      completion: [domainComment('family and environmental factors')],
    },
    {
      id: 'views',
      number: '9',
      title: 'Views',
      kind: 'content',
      description: 'Family members with portal access can write their own views here.',
      elements: [
        textarea('childViews', "The child or young person's views", 'On the assessment and what should happen'),
        textarea('childViewsMissingReason', "Why the child's views could not be obtained"),
        textarea('parentViews', "The parent's or carer's views"),
        textarea('parentViewsMissingReason', "Why the parent's or carer's views could not be obtained"),
      ],
      completion: [
        {
          kind: 'answerOrReason',
          elementId: 'childViews',
          reasonElementId: 'childViewsMissingReason',
          message: "Enter the child's views, or why they could not be obtained",
        },
        {
          kind: 'answerOrReason',
          elementId: 'parentViews',
          reasonElementId: 'parentViewsMissingReason',
          message: "Enter the parent's or carer's views, or why they could not be obtained",
        },
      ],
    },
    {
      id: 'conclusions',
      number: '10',
      title: 'Conclusions, solutions and actions',
      kind: 'content',
      elements: [
        textarea('summary', 'Summary of strengths and needs'),
        {
          kind: 'group',
          id: 'agreedActions',
          label: 'Agreed actions',
          hint: 'These become the delivery plan',
          repeatable: true,
          itemLabel: 'action',
          maxItems: 50,
          fields: [
            textarea('need', 'Need it addresses'),
            textarea('action', 'Action'),
            textarea('desiredOutcome', 'Desired outcome'),
            person('owner', 'Who is responsible', 'A member of the Team Around the Child or of the family'),
            date('dueDate', 'By when'),
          ],
        },
        choice('outcome', 'radios', 'Outcome of the assessment', assessmentOutcomes),
        date('firstReviewDate', 'First review date'),
      ],
      completion: [
        {
          kind: 'minItems',
          groupId: 'agreedActions',
          min: 1,
          fieldIds: ['action', 'owner', 'dueDate'],
          message: 'Add at least one agreed action with who is responsible and by when',
        },
        { kind: 'answered', elementId: 'outcome', message: 'Select the outcome of the assessment' },
        { kind: 'answered', elementId: 'firstReviewDate', message: 'Enter the first review date' },
      ],
    },
    {
      id: 'consent',
      number: '11',
      title: 'Consent',
      kind: 'derived',
      description: 'A summary of the consent recorded through the consent flow.',
      elements: [
        person('givenBy', 'Consent given by'),
        choice('capacity', 'radios', 'Capacity', consentCapacityOptions),
        date('dateGiven', 'Date given'),
        choice('method', 'radios', 'How consent was given', consentMethodOptions),
        choice('basicScope', 'radios', 'Sharing basic information', consentScopeOptions),
        choice('additionalScope', 'radios', 'Sharing additional (sensitive) information', consentScopeOptions),
      ],
      completion: [],
    },
  ],
} as const satisfies FormDefinition;

export type CafSection = (typeof cafFormDefinition.sections)[number];
export type SectionId = CafSection['id'];

export const sectionIds: readonly SectionId[] = cafFormDefinition.sections.map((s) => s.id);

export const contentSectionIds: readonly SectionId[] = cafFormDefinition.sections
  .filter((s) => s.kind === 'content')
  .map((s) => s.id);

export function getSection(id: string): SectionDefinition | undefined {
  const sections: readonly SectionDefinition[] = cafFormDefinition.sections;
  return sections.find((s) => s.id === id);
}

/** SH-2: the (S) elements, as 'sectionId.elementId', hidden outside the additional-information scope. */
export const sensitiveElementPaths: readonly string[] = cafFormDefinition.sections.flatMap((section) =>
  (section.elements as readonly ElementDefinition[])
    .filter((element) => element.sensitive === true)
    .map((element) => `${section.id}.${element.id}`),
);

export function isSensitiveElement(sectionId: string, elementId: string): boolean {
  return sensitiveElementPaths.includes(`${sectionId}.${elementId}`);
}
