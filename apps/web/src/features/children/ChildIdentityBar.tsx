import { describeAge, todayInLondon } from '@ecaf/domain';
import type { ReactNode } from 'react';
import { IdentityBar } from '../../components/IdentityBar';
import { displayDate, displayNhsNumber } from '../../lib/format';

type Child = {
  name: string;
  isUnborn: boolean;
  dateOfBirth: string | null;
  expectedDateOfDelivery: string | null;
  nhsNumber: string | null;
};

/** Whose record this is: name, date of birth (or due date), age and NHS number. */
export function ChildIdentityBar({ child, actions }: { child: Child; actions?: ReactNode }) {
  // An unborn baby's age already says when it is due ('Unborn (due 3 March 2027)').
  const details = [
    ...(child.isUnborn ? [] : [{ label: 'Date of birth', value: displayDate(child.dateOfBirth) }]),
    { label: 'Age', value: describeAge(child, todayInLondon()) },
    { label: 'NHS number', value: displayNhsNumber(child.nhsNumber) },
  ];
  return <IdentityBar title={child.name} details={details} actions={actions} className="govuk-!-margin-bottom-6" />;
}
