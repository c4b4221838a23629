import { useId } from 'react';
import { Tag } from '../../components/Tag';
import { asListItem, type MatchBand, matchBandColours, matchBandLabels } from './child-labels';

/** The band of a match as a GOV.UK tag, in words ('Likely the same child'). */
export function MatchBandTag({ band }: { band: MatchBand }) {
  return <Tag colour={matchBandColours[band]}>{matchBandLabels[band]}</Tag>;
}

/**
 * 'Why it matched': what the index found alike, as a list a practitioner can check, then what
 * speaks against it under 'But:'.
 */
export function MatchReasons({ reasons, against = [] }: { reasons: readonly string[]; against?: readonly string[] }) {
  const butId = useId();
  if (reasons.length === 0 && against.length === 0) return null;
  return (
    <>
      {reasons.length > 0 && (
        <ul className="govuk-list app-match-reasons">
          {reasons.map((reason) => (
            <li key={reason}>{asListItem(reason)}</li>
          ))}
        </ul>
      )}
      {against.length > 0 && (
        <>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-top-2 govuk-!-margin-bottom-1" id={butId}>
            But:
          </p>
          <ul className="govuk-list app-match-reasons" aria-labelledby={butId}>
            {against.map((reason) => (
              <li key={reason}>{asListItem(reason)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
