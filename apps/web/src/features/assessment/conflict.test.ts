import { getSection, type SectionDefinition } from '@ecaf/domain';
import { describe, expect, it } from 'vitest';
import { conflictUnits, mergeConflict } from './conflict';
import { contentFromValues, valuesFromContent, withValueAt } from './form-values';

function section(id: string): SectionDefinition {
  const found = getSection(id);
  if (!found) throw new Error(`No section ${id}`);
  return found;
}

describe('CF-7 conflict: both texts, answer by answer', () => {
  const development = section('development');
  const mine = valuesFromContent(development, {
    health: { strengths: 'Eats well', needs: 'Dentist', evidence: 'evidence' },
    learning: { strengths: 'Reads every day' },
  });
  const saved = {
    health: { strengths: 'Eats well', needs: 'Dentist overdue', evidence: 'opinion' },
    learning: { strengths: '  Reads every day ' },
  };

  it('lists only the answers that differ, with display values and whether they can be rewritten', () => {
    expect(conflictUnits(development, mine, saved)).toEqual([
      { path: 'health.needs', label: 'Health: Needs', editable: true, mine: 'Dentist', saved: 'Dentist overdue' },
      {
        path: 'health.evidence',
        label: 'Health: Is this based on evidence or opinion?',
        editable: false,
        mine: 'Evidence',
        saved: 'Opinion',
      },
    ]);
  });

  it("puts each choice into the user's values and leaves the rest as they were", () => {
    const merged = mergeConflict(development, mine, saved, {
      'health.needs': { choice: 'edit', text: 'Dentist overdue: booked for May' },
      'health.evidence': { choice: 'saved' },
    });
    expect(contentFromValues(development, merged).content).toMatchObject({
      health: { strengths: 'Eats well', needs: 'Dentist overdue: booked for May', evidence: 'opinion' },
      learning: { strengths: 'Reads every day' },
    });
  });

  it('compares a table as a whole, and keeps one table or the other', () => {
    const info = section('assessment-information');
    const myValues = valuesFromContent(info, { peoplePresent: [{ name: 'Jo', relationship: 'Mother' }] });
    const theirs = {
      peoplePresent: [
        { name: 'Jo', relationship: 'Mother' },
        { name: 'Sam', relationship: 'Teacher' },
      ],
    };
    const [unit] = conflictUnits(info, myValues, theirs);
    expect(unit).toMatchObject({ path: 'peoplePresent', editable: false });
    expect(unit?.saved).toBe(
      'Person 1: Name: Jo\nPerson 1: Relationship to the child or role: Mother\nPerson 2: Name: Sam\nPerson 2: Relationship to the child or role: Teacher',
    );
    const merged = mergeConflict(info, myValues, theirs, { peoplePresent: { choice: 'saved' } });
    expect(contentFromValues(info, merged).content.peoplePresent).toEqual(theirs.peoplePresent);
  });

  it('keeps what the user is still typing (a date half typed) outside the answers in conflict', () => {
    const conclusions = section('conclusions');
    const myValues = withValueAt(valuesFromContent(conclusions, { summary: 'Mine' }), 'firstReviewDate', {
      day: '3',
      month: '',
      year: '',
    });
    const merged = mergeConflict(conclusions, myValues, { summary: 'Theirs' }, { summary: { choice: 'saved' } });
    expect(merged.summary).toBe('Theirs');
    expect(merged.firstReviewDate).toEqual({ day: '3', month: '', year: '' });
  });
});
