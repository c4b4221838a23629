import type { SectionDefinition } from '@ecaf/domain';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldIdFor } from '../../components/field-id';
import { Radios } from '../../components/Radios';
import { Textarea } from '../../components/Textarea';
import { usePageTitle } from '../../lib/page-title';
import type { SavedVersion } from './autosave/decide';
import { type ConflictChoice, conflictUnits, mergeConflict } from './conflict';
import type { SectionFormValues } from './form-values';
import { MultilineText } from './SectionSummary';
import { formatSavedAt } from './time';

type Props = {
  section: SectionDefinition;
  mine: SectionFormValues;
  saved: SavedVersion;
  onResolve: (values: SectionFormValues) => unknown;
};

type Picked = 'mine' | 'saved' | 'edit' | '';

const idFor = (path: string) => `conflict-${fieldIdFor(path)}`;

/** A label inside a sentence: 'What has led to this assessment?' → 'what has led to this assessment'. */
const plain = (label: string) => label.replace(/\?$/, '').replace(/^./, (c) => c.toLowerCase());

/**
 * CF-7: "This section was changed by someone else". For every answer that differs, both texts
 * side by side and a choice: keep mine, use the saved text, or write the text myself (starting
 * from both). Nothing is saved until the user has chosen for every answer; until then their
 * text stays in the form's copy on this device.
 */
export function ConflictResolver({ section, mine, saved, onResolve }: Props) {
  const units = useMemo(() => conflictUnits(section, mine, saved.content), [section, mine, saved]);
  const [picked, setPicked] = useState<Record<string, Picked>>({});
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      units.filter((u) => u.editable).map((u) => [u.path, [u.mine, u.saved].filter(Boolean).join('\n\n')]),
    ),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempts, setAttempts] = useState(0);
  const [saving, setSaving] = useState(false);
  const hasErrors = Object.keys(errors).length > 0;
  usePageTitle('This section was changed by someone else', { error: hasErrors });

  // The texts differ only in ways that do not matter (spaces, blank rows): save on top of theirs.
  const resolvedEmpty = useRef(false);
  useEffect(() => {
    if (units.length > 0 || resolvedEmpty.current) return;
    resolvedEmpty.current = true;
    void onResolve(mine);
  }, [units, mine, onResolve]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    for (const unit of units) {
      if (!picked[unit.path]) missing[unit.path] = `Choose which text to keep for ${plain(unit.label)}`;
    }
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      setAttempts((n) => n + 1);
      return;
    }
    const choices: Record<string, ConflictChoice> = {};
    for (const unit of units) {
      const choice = picked[unit.path];
      choices[unit.path] =
        choice === 'edit'
          ? { choice: 'edit', text: texts[unit.path] ?? '' }
          : { choice: choice === 'saved' ? 'saved' : 'mine' };
    }
    setSaving(true);
    try {
      await onResolve(mergeConflict(section, mine, saved.content, choices));
    } finally {
      setSaving(false);
    }
  }

  if (units.length === 0) {
    return (
      <p className="govuk-body" role="status">
        Saving…
      </p>
    );
  }

  const savedWhen = saved.updatedAt ? ` at ${formatSavedAt(saved.updatedAt)}` : '';

  return (
    <form noValidate onSubmit={submit}>
      {hasErrors && (
        <ErrorSummary
          focusKey={attempts}
          errors={units.filter((u) => errors[u.path]).map((u) => ({ text: errors[u.path], fieldId: idFor(u.path) }))}
        />
      )}
      <span className="govuk-caption-l">
        {section.number}. {section.title}
      </span>
      <h1 className="govuk-heading-l">This section was changed by someone else</h1>
      <p className="govuk-body">
        Someone else saved this section{savedWhen}, after you started changing it. Your text has not been lost: it is
        kept on this device until you choose what to keep.
      </p>
      <p className="govuk-body">
        For each answer below, compare your text with the saved text and choose which to keep.
      </p>
      {units.map((unit) => {
        const id = idFor(unit.path);
        const items = [
          { value: 'mine', label: 'Keep my text' },
          { value: 'saved', label: 'Use the saved text' },
          ...(unit.editable
            ? [
                {
                  value: 'edit',
                  label: 'Write the text myself',
                  conditional: (
                    <Textarea
                      id={`${id}-text`}
                      name={`${id}-text`}
                      label="Your text"
                      hint="It starts with your text and then the saved text"
                      rows={8}
                      value={texts[unit.path] ?? ''}
                      onChange={(event) => setTexts((current) => ({ ...current, [unit.path]: event.target.value }))}
                    />
                  ),
                },
              ]
            : []),
        ];
        return (
          <div key={unit.path} className="govuk-!-margin-bottom-8">
            <h2 className="govuk-heading-m" id={`${id}-heading`}>
              {unit.label}
            </h2>
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-one-half">
                <h3 className="govuk-heading-s">Your text (not saved)</h3>
                <div className="govuk-inset-text govuk-!-margin-top-0">
                  {unit.mine === null ? 'Not answered' : <MultilineText text={unit.mine} />}
                </div>
              </div>
              <div className="govuk-grid-column-one-half">
                <h3 className="govuk-heading-s">Saved text{savedWhen ? `, saved${savedWhen}` : ''}</h3>
                <div className="govuk-inset-text govuk-!-margin-top-0">
                  {unit.saved === null ? 'Not answered' : <MultilineText text={unit.saved} />}
                </div>
              </div>
            </div>
            <Radios
              idPrefix={id}
              name={id}
              legend={
                <>
                  Which text do you want to keep
                  <span className="govuk-visually-hidden"> for {plain(unit.label)}</span>?
                </>
              }
              legendSize="s"
              error={errors[unit.path]}
              items={items}
              value={picked[unit.path] ?? ''}
              onChange={(event) => {
                const value = event.target.value as Picked;
                setPicked((current) => ({ ...current, [unit.path]: value }));
              }}
            />
          </div>
        );
      })}
      <Button disabled={saving}>Save my choices</Button>
    </form>
  );
}
