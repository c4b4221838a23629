import {
  ethnicities,
  ethnicityGroups,
  MAX_PARENTS_CARERS,
  sexes,
  sexLabels,
  yesNoNotKnown,
  yesNoNotKnownLabels,
} from '@ecaf/domain';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { Button, ButtonGroup } from '../../components/Button';
import { DateInput } from '../../components/DateInput';
import { Fieldset } from '../../components/Fieldset';
import { Form } from '../../components/form/Form';
import { FormFieldErrors } from '../../components/form/FormFieldErrors';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { Input } from '../../components/Input';
import { AppLink } from '../../components/LinkContext';
import { Radios } from '../../components/Radios';
import { Select, type SelectItem } from '../../components/Select';
import { Textarea } from '../../components/Textarea';
import { appErrorOf } from '../../lib/errors';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import type { ChildPageState } from './ChildPage';
import { PossibleMatches } from './PossibleMatches';
import { type PossibleMatch, possibleMatchesFrom } from './possible-matches';
import { emptyParentCarer, emptyRegisterChildForm, registerChildFormSchema } from './register-child-form';

const yesNoItems = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

const yesNoNotKnownItems = yesNoNotKnown.map((value) => ({ value, label: yesNoNotKnownLabels[value] }));

const ethnicityItems: SelectItem[] = [
  { value: '', text: 'Select an ethnicity' },
  ...ethnicityGroups.map((group) => ({
    label: group,
    options: ethnicities.filter((e) => e.group === group).map((e) => ({ value: e.code, text: e.label })),
  })),
];

const needsOtherText = new Set<string>(
  ethnicities.filter((e) => 'requiresOtherText' in e && e.requiresOtherText).map((e) => e.code),
);

function fromSearchIn(state: unknown): string | null {
  if (typeof state === 'object' && state !== null && 'fromSearch' in state && typeof state.fromSearch === 'string') {
    return state.fromSearch;
  }
  return null;
}

/**
 * CH-1: a child is registered from a search. The search text arrives in the history entry's
 * state; a `?fromSearch=` address (an older link) is read once and removed from the address bar,
 * because a name must not stay in a URL.
 */
function useFromSearch(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const fromUrl = params.get('fromSearch');
  const fromSearch = fromSearchIn(location.state) ?? fromUrl;
  useEffect(() => {
    if (fromUrl !== null) {
      void navigate(location.pathname, { replace: true, state: { fromSearch: fromUrl } });
    }
  }, [fromUrl, navigate, location.pathname]);
  return fromSearch;
}

export function RegisterChildPage() {
  const fromSearch = useFromSearch();
  if (fromSearch === null) return <SearchFirst />;
  return <RegisterChildForm fromSearch={fromSearch} />;
}

function SearchFirst() {
  usePageTitle('Register a new child');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Register a new child</h1>
        <p className="govuk-body">
          Search for the child first, so that no one is registered twice. You can register them from the search results.
        </p>
        <Button href="/children">Find a child</Button>
      </div>
    </div>
  );
}

function RegisterChildForm({ fromSearch }: { fromSearch: string }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const register = useMutation(trpc.children.register.mutationOptions());
  const [matches, setMatches] = useState<{ list: PossibleMatch[]; message: string } | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  const form = useZodForm(registerChildFormSchema, { defaultValues: emptyRegisterChildForm(fromSearch) });
  const error = useFieldError(form);
  const parents = useFieldArray({ control: form.control, name: 'parents' });
  const ethnicity = useWatch({ control: form.control, name: 'child.ethnicity' });

  async function onSubmit(values: z.output<typeof registerChildFormSchema>) {
    if (matches && !values.confirmedNoneMatch) {
      throw new FormFieldErrors({
        confirmedNoneMatch: 'Select that none of these is the child you are registering, or open their record',
      });
    }
    try {
      const { childId } = await register.mutateAsync({
        ...values,
        confirmedNoneMatch: matches !== null && values.confirmedNoneMatch,
        shownMatchIds: matches?.list.map((match) => match.id) ?? [],
      });
      await navigate(`/children/${childId}`, { state: { registered: true } satisfies ChildPageState });
    } catch (caught) {
      const appError = appErrorOf(caught);
      const found = appError?.code === 'POSSIBLE_DUPLICATE' ? possibleMatchesFrom(appError.details) : [];
      if (appError && found.length > 0) {
        // New matches need a fresh look: the confirmation only covers what was shown.
        const seen = new Set(matches?.list.map((match) => match.id));
        if (found.some((match) => !seen.has(match.id))) form.setValue('confirmedNoneMatch', false);
        setMatches({ list: found, message: appError.message });
        throw new FormFieldErrors({ confirmedNoneMatch: appError.message });
      }
      throw caught;
    }
  }

  return (
    <Form form={form} pageTitle="Register a new child" onSubmit={onSubmit}>
      <span className="govuk-caption-l">Find a child</span>
      <h1 className="govuk-heading-l">Register a new child</h1>

      {matches && (
        <PossibleMatches
          matches={matches.list}
          message={matches.message}
          confirm={{ ...form.register('confirmedNoneMatch'), error: error('confirmedNoneMatch') }}
        />
      )}

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Enter what you know. You can add or correct details later. Only the name and date of birth (or, for an
            unborn baby, the due date and mother&apos;s name) are needed.
          </p>

          <h2 className="govuk-heading-m">The child</h2>
          <Input
            label="Given names"
            autoComplete="off"
            spellCheck={false}
            {...form.register('child.givenNames')}
            error={error('child.givenNames')}
          />
          <Input
            label="Family name"
            autoComplete="off"
            spellCheck={false}
            {...form.register('child.familyName')}
            error={error('child.familyName')}
          />
          <Input
            label="Also known as (optional)"
            hint="Any other or previous names"
            autoComplete="off"
            spellCheck={false}
            {...form.register('child.alsoKnownAs')}
            error={error('child.alsoKnownAs')}
          />
          <Radios
            legend="Sex"
            legendSize="s"
            items={sexes.map((value) => ({ value, label: sexLabels[value] }))}
            {...form.register('child.sex')}
            error={error('child.sex')}
          />
          <Radios
            legend="Is this an unborn baby?"
            legendSize="s"
            items={[
              {
                value: 'yes',
                label: 'Yes',
                conditional: (
                  <>
                    <DateInput
                      id="child-expectedDateOfDelivery"
                      legend="Expected date of delivery"
                      hint="For example, 27 3 2027"
                      error={error('child.expectedDateOfDelivery')}
                      day={form.register('child.expectedDateOfDelivery.day')}
                      month={form.register('child.expectedDateOfDelivery.month')}
                      year={form.register('child.expectedDateOfDelivery.year')}
                    />
                    <Input
                      label="Mother's full name"
                      hint="The baby is recorded as 'unborn baby of' this name"
                      autoComplete="off"
                      spellCheck={false}
                      {...form.register('child.motherName')}
                      error={error('child.motherName')}
                    />
                  </>
                ),
              },
              {
                value: 'no',
                label: 'No',
                conditional: (
                  <DateInput
                    id="child-dateOfBirth"
                    legend="Date of birth"
                    hint="For example, 27 3 2015"
                    error={error('child.dateOfBirth')}
                    day={form.register('child.dateOfBirth.day')}
                    month={form.register('child.dateOfBirth.month')}
                    year={form.register('child.dateOfBirth.year')}
                  />
                ),
              },
            ]}
            {...form.register('child.isUnborn')}
            error={error('child.isUnborn')}
          />

          <h2 className="govuk-heading-m">Contact details</h2>
          <Textarea
            label="Address (optional)"
            rows={3}
            autoComplete="off"
            {...form.register('child.address')}
            error={error('child.address')}
          />
          <Input
            label="Postcode (optional)"
            width={10}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            {...form.register('child.postcode')}
            error={error('child.postcode')}
          />
          <Input
            label="Contact telephone (optional)"
            type="tel"
            width={20}
            autoComplete="off"
            {...form.register('child.telephone')}
            error={error('child.telephone')}
          />

          <h2 className="govuk-heading-m">Background and needs</h2>
          <Select
            label="Ethnicity (optional)"
            items={ethnicityItems}
            {...form.register('child.ethnicity')}
            error={error('child.ethnicity')}
          />
          {ethnicity && needsOtherText.has(ethnicity) && (
            <Input
              label="Describe the ethnic background"
              {...form.register('child.ethnicityOther')}
              error={error('child.ethnicityOther')}
            />
          )}
          <Input
            label="Child's first language (optional)"
            width={20}
            {...form.register('child.firstLanguage')}
            error={error('child.firstLanguage')}
          />
          <Input
            label="Parent's first language (optional)"
            width={20}
            {...form.register('child.parentFirstLanguage')}
            error={error('child.parentFirstLanguage')}
          />
          <Radios
            legend="Is an interpreter needed? (optional)"
            legendSize="s"
            inline
            items={yesNoItems}
            {...form.register('child.interpreterNeeded')}
            error={error('child.interpreterNeeded')}
          />
          <Radios
            legend="Does the child have a disability? (optional)"
            legendSize="s"
            items={yesNoNotKnownItems.map((item) =>
              item.value === 'yes'
                ? {
                    ...item,
                    conditional: (
                      <Textarea
                        label="Details of the disability"
                        rows={3}
                        {...form.register('child.disabilityDetails')}
                        error={error('child.disabilityDetails')}
                      />
                    ),
                  }
                : item,
            )}
            {...form.register('child.disability')}
            error={error('child.disability')}
          />
          <Textarea
            label="Special requirements (optional)"
            hint="For example, signing, interpretation or access needs"
            rows={3}
            {...form.register('child.specialRequirements')}
            error={error('child.specialRequirements')}
          />
          <Input
            label="Religion (optional)"
            width={20}
            {...form.register('child.religion')}
            error={error('child.religion')}
          />
          <Radios
            legend="Is the child a young carer? (optional)"
            legendSize="s"
            inline
            items={yesNoNotKnownItems}
            {...form.register('child.youngCarer')}
            error={error('child.youngCarer')}
          />
          <Radios
            legend="Does the child have special educational needs? (optional)"
            legendSize="s"
            inline
            items={yesNoNotKnownItems}
            {...form.register('child.specialEducationalNeeds')}
            error={error('child.specialEducationalNeeds')}
          />

          <h2 className="govuk-heading-m">Identifiers and services</h2>
          <Input
            label="NHS number (optional)"
            hint="10 digits, for example 943 476 5919"
            width={10}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            {...form.register('child.nhsNumber')}
            error={error('child.nhsNumber')}
          />
          <Input
            label="Unique pupil number (UPN) (optional)"
            hint="13 characters, starting with a letter"
            width={20}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            {...form.register('child.upn')}
            error={error('child.upn')}
          />
          <Input
            label="School or setting (optional)"
            {...form.register('child.schoolName')}
            error={error('child.schoolName')}
          />
          <Input
            label="GP practice (optional)"
            {...form.register('child.gpPractice')}
            error={error('child.gpPractice')}
          />

          <h2 className="govuk-heading-m" id="parents-heading">
            Parents and carers
          </h2>
          {parents.fields.length === 0 && <p className="govuk-body">No parents or carers added.</p>}
          {parents.fields.map((field, index) => {
            const base = `parents.${index}` as const;
            return (
              <Fieldset key={field.id} legend={`Parent or carer ${index + 1}`} legendSize="m">
                <Input
                  label="Full name"
                  autoComplete="off"
                  spellCheck={false}
                  {...form.register(`${base}.name`)}
                  error={error(`${base}.name`)}
                />
                <Input
                  label="Relationship to the child"
                  hint="For example, mother, grandfather or foster carer"
                  width={20}
                  {...form.register(`${base}.relationship`)}
                  error={error(`${base}.relationship`)}
                />
                <Radios
                  legend="Do they have parental responsibility?"
                  legendSize="s"
                  inline
                  items={yesNoItems}
                  {...form.register(`${base}.parentalResponsibility`)}
                  error={error(`${base}.parentalResponsibility`)}
                />
                <Textarea
                  label="Address (optional)"
                  rows={3}
                  {...form.register(`${base}.address`)}
                  error={error(`${base}.address`)}
                />
                <Input
                  label="Telephone (optional)"
                  type="tel"
                  width={20}
                  {...form.register(`${base}.telephone`)}
                  error={error(`${base}.telephone`)}
                />
                <Input
                  label="Email address (optional)"
                  type="email"
                  spellCheck={false}
                  autoCapitalize="none"
                  {...form.register(`${base}.email`)}
                  error={error(`${base}.email`)}
                />
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() => {
                    parents.remove(index);
                    addButton.current?.focus();
                  }}
                >
                  Remove<span className="govuk-visually-hidden"> parent or carer {index + 1}</span>
                </Button>
              </Fieldset>
            );
          })}
          {parents.fields.length < MAX_PARENTS_CARERS && (
            <Button
              ref={addButton}
              type="button"
              variant="secondary"
              onClick={() => parents.append({ ...emptyParentCarer })}
            >
              {parents.fields.length === 0 ? 'Add a parent or carer' : 'Add another parent or carer'}
            </Button>
          )}

          <ButtonGroup>
            <Button>{matches ? 'Register anyway' : 'Register child'}</Button>
            <AppLink className="govuk-link" href="/children">
              Cancel
            </AppLink>
          </ButtonGroup>
        </div>
      </div>
    </Form>
  );
}
