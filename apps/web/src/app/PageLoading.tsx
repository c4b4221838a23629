/** Shown while a page's data loads: a polite status so screen readers hear it once. */
export function PageLoading({ text = 'Loading…' }: { text?: string }) {
  return (
    <p className="govuk-body" role="status">
      {text}
    </p>
  );
}
