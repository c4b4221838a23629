import { z } from 'zod';
import { type YesNo, yesNo } from '../child/child-details';
import { isIsoDate } from '../dates/iso-date';
import {
  type CafSection,
  cafFormDefinition,
  type ElementDefinition,
  type FieldDefinition,
  type FormDefinition,
  type GroupDefinition,
  type SectionDefinition,
  type SectionId,
} from './form-definition';

/**
 * Zod schemas for saved assessment content, derived from the form definition: adding an
 * element to the definition adds it to validation (and so to storage) with no other change.
 *
 * Drafts are saved as the practitioner types (CF-7), so every field is optional, and an empty
 * answer is '' (text, dates and single choices), [] (checkboxes) or null (a person), as the web
 * form holds them. Unknown keys are refused rather than silently dropped, so nothing typed into
 * a field the server does not know disappears without the client hearing of it.
 */

export const DEFAULT_MAX_LENGTH = { text: 500, textarea: 20_000 } as const;
export const DEFAULT_MAX_ITEMS = 50;

/**
 * A person in a 'person' field (the owner of an action, a co-assessor): a user (a practitioner
 * in the Team Around the Child) or a person on the child record (a family member). The name is
 * kept as it was when chosen, so a completed version still shows who it meant.
 */
export const personReferenceSchema = z.strictObject(
  {
    kind: z.enum(['user', 'person']),
    id: z.uuid(),
    name: z.string().trim().min(1).max(200),
  },
  { error: 'Choose a person from the team or the family' },
);
export type PersonReference = z.output<typeof personReferenceSchema>;

// ---- Types derived from a definition (so the web form and services get typed content) ----

type OptionValue<F> = F extends { readonly options: readonly (infer O)[] }
  ? O extends { readonly value: infer V extends string }
    ? V
    : never
  : never;

export type FieldValue<F extends FieldDefinition> = F['type'] extends 'checkboxes'
  ? OptionValue<F>[]
  : F['type'] extends 'radios' | 'select'
    ? OptionValue<F> | ''
    : F['type'] extends 'yesNo'
      ? YesNo | ''
      : F['type'] extends 'person'
        ? PersonReference | null
        : string;

export type GroupRow<G extends GroupDefinition> = {
  [F in G['fields'][number] as F['id']]?: FieldValue<F>;
};

export type ElementValue<E extends ElementDefinition> = E extends GroupDefinition
  ? E['repeatable'] extends true
    ? GroupRow<E>[]
    : GroupRow<E>
  : E extends FieldDefinition
    ? FieldValue<E>
    : never;

export type SectionContentOf<S extends SectionDefinition> = {
  [E in S['elements'][number] as E['id']]?: ElementValue<E>;
};

export type ContentSection = Extract<CafSection, { kind: 'content' }>;
export type ContentSectionId = ContentSection['id'];
export type CafSectionContent<Id extends SectionId> = SectionContentOf<Extract<CafSection, { id: Id }>>;

/** The whole draft: content sections only, each present once something in it was saved. */
export type AssessmentContent = { [Id in ContentSectionId]?: CafSectionContent<Id> };

// ---- Schemas built from a definition ----

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function fieldSchema(field: FieldDefinition): z.ZodType {
  switch (field.type) {
    case 'text':
    case 'textarea': {
      const max = field.maxLength ?? DEFAULT_MAX_LENGTH[field.type];
      return z
        .string()
        .trim()
        .max(max, `${field.label} must be ${max.toLocaleString('en-GB')} characters or fewer`);
    }
    case 'date':
      return z
        .string()
        .trim()
        .refine((v) => v === '' || isIsoDate(v), `${field.label} must be a real date`);
    case 'yesNo':
      return z.union([z.enum(yesNo), z.literal('')], { error: 'Select yes or no' });
    case 'radios':
    case 'select': {
      const values = field.options.map((o) => o.value);
      return z
        .string()
        .refine((v) => v === '' || values.includes(v), `Select one of the options for ${lowerFirst(field.label)}`);
    }
    case 'checkboxes': {
      const values = field.options.map((o) => o.value);
      return z
        .array(z.string().refine((v) => values.includes(v), 'Select only options from the list'))
        .max(values.length)
        .refine((v) => new Set(v).size === v.length, 'Select each option only once');
    }
    case 'person':
      return personReferenceSchema.nullable();
  }
}

function groupSchema(group: GroupDefinition): z.ZodType {
  const row = z.strictObject(Object.fromEntries(group.fields.map((f) => [f.id, fieldSchema(f).optional()])));
  if (!group.repeatable) return row;
  const max = group.maxItems ?? DEFAULT_MAX_ITEMS;
  return z.array(row).max(max, `You can add up to ${max} entries to ${lowerFirst(group.label)}`);
}

function elementSchema(element: ElementDefinition): z.ZodType {
  return element.kind === 'group' ? groupSchema(element) : fieldSchema(element);
}

/** One section's saved (draft) content, built from its definition. */
export function buildSectionSchema<const S extends SectionDefinition>(
  section: S,
): z.ZodType<SectionContentOf<S>, SectionContentOf<S>> {
  const schema = z.strictObject(
    Object.fromEntries(section.elements.map((element) => [element.id, elementSchema(element).optional()])),
  );
  // The shape is built at run time, so zod cannot infer it; SectionContentOf says the same thing in types.
  return schema as unknown as z.ZodType<SectionContentOf<S>, SectionContentOf<S>>;
}

/** The whole content object, keyed by content section id. */
export function buildAssessmentContentSchema(definition: FormDefinition) {
  return z.strictObject(
    Object.fromEntries(
      definition.sections.filter((s) => s.kind === 'content').map((s) => [s.id, buildSectionSchema(s).optional()]),
    ),
  );
}

/**
 * The autosave contract (CF-7): which version and section, the revision the client's text was
 * based on, and that section's content, validated against the section it names.
 */
export function buildSaveSectionInputSchema(definition: FormDefinition) {
  const options = definition.sections
    .filter((s) => s.kind === 'content')
    .map((s) =>
      z.object({
        episodeId: z.uuid(),
        // CF-7 "every write names the version it edits": a revision alone could match another version's.
        versionNumber: z.int().min(1),
        sectionId: z.literal(s.id),
        baseRevision: z.int().min(0),
        content: buildSectionSchema(s),
      }),
    );
  const [first, ...rest] = options;
  if (first === undefined) return z.never();
  return z.discriminatedUnion('sectionId', [first, ...rest], { error: 'Choose a section of the assessment' });
}

// ---- The CAF's own schemas ----

const sections: readonly SectionDefinition[] = cafFormDefinition.sections;

export const contentSections: readonly ContentSection[] = cafFormDefinition.sections.filter(
  (s): s is ContentSection => s.kind === 'content',
);

export function isContentSectionId(id: string): id is ContentSectionId {
  return contentSections.some((s) => s.id === id);
}

const sectionSchemas = new Map(sections.map((s) => [s.id, buildSectionSchema(s)]));

/** The saved content of one section of the CAF. */
export function sectionContentSchema<Id extends SectionId>(
  sectionId: Id,
): z.ZodType<CafSectionContent<Id>, CafSectionContent<Id>> {
  const schema = sectionSchemas.get(sectionId) ?? z.never();
  // Built from the same definition entry that CafSectionContent<Id> is derived from.
  return schema as unknown as z.ZodType<CafSectionContent<Id>, CafSectionContent<Id>>;
}

export const assessmentContentSchema = buildAssessmentContentSchema(cafFormDefinition) as unknown as z.ZodType<
  AssessmentContent,
  AssessmentContent
>;

export type SaveSectionInput = {
  [Id in ContentSectionId]: {
    episodeId: string;
    versionNumber: number;
    sectionId: Id;
    baseRevision: number;
    content: CafSectionContent<Id>;
  };
}[ContentSectionId];

export const saveSectionInputSchema = buildSaveSectionInputSchema(cafFormDefinition) as unknown as z.ZodType<
  SaveSectionInput,
  SaveSectionInput
>;
