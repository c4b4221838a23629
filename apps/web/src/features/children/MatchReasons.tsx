/** 'Why it matched': the reasons the index gave, as a list a practitioner can check. */
export function MatchReasons({ reasons }: { reasons: readonly string[] }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="govuk-list app-match-reasons">
      {reasons.map((reason) => (
        <li key={reason}>{reason}</li>
      ))}
    </ul>
  );
}
