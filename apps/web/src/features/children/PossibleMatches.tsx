import type { ComponentProps } from 'react';
import { Checkboxes } from '../../components/Checkboxes';
import { Table } from '../../components/Table';
import { WarningText } from '../../components/WarningText';
import { displayNhsNumber, orNotRecorded } from '../../lib/format';
import { birthDateText } from './child-labels';
import { MatchBandTag, MatchReasons } from './MatchReasons';
import type { PossibleMatch } from './possible-matches';

type Props = {
  matches: readonly PossibleMatch[];
  message: string;
  /** `register('confirmedNoneMatch')` plus its error. */
  confirm: Omit<ComponentProps<typeof Checkboxes>, 'items' | 'legend'>;
};

/**
 * CH-1: the records that may be this child, each with how likely it is (a tag in words) and why:
 * what is alike, then what speaks against it. Each opens in a new tab so
 * the details typed into the form are kept; registering anyway needs the confirmation below.
 */
export function PossibleMatches({ matches, message, confirm }: Props) {
  return (
    <section aria-labelledby="possible-matches-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="possible-matches-heading">
        Check this child is not already registered
      </h2>
      <WarningText>{message}</WarningText>
      <Table
        caption={matches.length === 1 ? '1 possible match' : `${matches.length} possible matches`}
        captionClassName="govuk-table__caption--s"
        head={[
          { content: 'Name' },
          { content: 'Date of birth' },
          { content: 'Postcode' },
          { content: 'NHS number' },
          { content: 'How likely' },
          { content: 'Why it matched' },
        ]}
        rows={matches.map((match) => ({
          key: match.id,
          cells: [
            {
              content: (
                <a className="govuk-link" href={`/children/${match.id}`} target="_blank" rel="noreferrer">
                  {match.name} (opens in new tab)
                </a>
              ),
            },
            { content: birthDateText(match) },
            { content: orNotRecorded(match.postcode) },
            { content: displayNhsNumber(match.nhsNumber) },
            { content: <MatchBandTag band={match.band} /> },
            { content: <MatchReasons reasons={match.reasons} against={match.against} /> },
          ],
        }))}
      />
      <Checkboxes
        {...confirm}
        boolean
        legend="Confirm before registering"
        legendSize="s"
        hint="If one of these is the child, open their record instead of registering them again."
        items={[{ value: 'yes', label: 'None of these is the child I am registering' }]}
      />
    </section>
  );
}
