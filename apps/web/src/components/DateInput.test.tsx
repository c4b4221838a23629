import { describe, it } from 'vitest';
import { expectMatchesFixture } from '../test/expect-markup';
import { govukFixture } from '../test/fixtures';
import { content, obj, str } from '../test/options';
import { DateInput, type DatePart } from './DateInput';

function dateInputFromFixture(name: string) {
  const o = govukFixture('date-input', name).options;
  const legend = obj(obj(o.fieldset)?.legend);
  const values = obj(o.values);
  const parts: DatePart[] = ['day', 'month', 'year'];
  const errorParts = parts.filter((part) => obj(o[part])?.error === true);
  return (
    <DateInput
      id={str(o.id) ?? ''}
      namePrefix={str(o.namePrefix)}
      fieldset={o.fieldset !== undefined}
      legend={content(legend)}
      legendClassName={str(legend?.classes)}
      legendIsPageHeading={legend?.isPageHeading === true}
      hint={content(o.hint)}
      error={str(obj(o.errorMessage)?.text)}
      errorParts={errorParts}
      day={{ defaultValue: str(values?.day) }}
      month={{ defaultValue: str(values?.month) }}
      year={{ defaultValue: str(values?.year) }}
    />
  );
}

describe('DateInput matches govuk-frontend fixtures', () => {
  for (const name of [
    'default',
    'with values',
    'with error message and hint',
    'with error on day input',
    'with error on month input',
    'with error on year input',
  ]) {
    it(name, () => expectMatchesFixture(dateInputFromFixture(name), 'date-input', name));
  }
});
