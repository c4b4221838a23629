import type { ChoiceItem } from '../../components/choice-items';
import { AppLink } from '../../components/LinkContext';
import { WarningText } from '../../components/WarningText';
import { CHILD_GIVER, type shareGiverChoices } from './consent-to-share-form';

type Choices = ReturnType<typeof shareGiverChoices>;

/** CO-2 as radios: parents and carers with parental responsibility, and the young person when they may decide. */
export function giverItems(choices: Choices, childName: string): ChoiceItem[] {
  return choices.offered.map((giver) =>
    giver.kind === 'person'
      ? { value: giver.value, label: `${giver.name} (${giver.relationship})`, hint: 'Has parental responsibility' }
      : {
          value: CHILD_GIVER,
          label: `${childName} (the young person)`,
          hint: giver.needsCompetenceReasons
            ? `Aged ${choices.age}: only if you judge them competent to decide who may see their information`
            : `Aged ${choices.age}: presumed competent to decide`,
        },
  );
}

/** Why the child is not offered, said before the user looks for them. */
export function giverHint(choices: Choices): string | undefined {
  return choices.childCannotConsent ?? undefined;
}

/** No one recorded for the child may decide: say so, and where to fix it. */
export function NoOneCanConsent({ choices, childId }: { choices: Choices; childId: string }) {
  return (
    <>
      <WarningText>
        No one recorded for this child can give consent.{' '}
        {choices.childCannotConsent ?? 'Ask a person with parental responsibility.'}
      </WarningText>
      <p className="govuk-body">
        <AppLink className="govuk-link" href={`/children/${childId}`}>
          Add a parent or carer with parental responsibility to the child&apos;s record
        </AppLink>
      </p>
    </>
  );
}
