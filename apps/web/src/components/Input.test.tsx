import { describe, it } from 'vitest';
import { expectMatchesFixture } from '../test/expect-markup';
import { govukFixture } from '../test/fixtures';
import { content, obj, str } from '../test/options';
import { Input } from './Input';
import { Textarea } from './Textarea';

function inputFromFixture(name: string) {
  const o = govukFixture('input', name).options;
  const label = obj(o.label);
  const fieldName = str(o.name) ?? '';
  return (
    <Input
      id={str(o.id) ?? fieldName}
      name={fieldName}
      label={content(label)}
      labelClassName={str(label?.classes)}
      labelIsPageHeading={label?.isPageHeading === true}
      hint={content(o.hint)}
      error={str(obj(o.errorMessage)?.text)}
      className={str(o.classes)}
      prefix={content(o.prefix)}
      suffix={content(o.suffix)}
      defaultValue={str(o.value)}
    />
  );
}

describe('Input matches govuk-frontend fixtures', () => {
  for (const name of [
    'default',
    'with hint text',
    'with error message',
    'with error and hint',
    'with width-2 class',
    'with label as page heading',
    'with prefix and suffix and error',
    'with extra letter spacing',
  ]) {
    it(name, () => expectMatchesFixture(inputFromFixture(name), 'input', name));
  }

  it('width prop gives the fixed-width class', () => {
    const o = govukFixture('input', 'with width-10 class').options;
    expectMatchesFixture(
      <Input
        id="input-width-10"
        name="test-width-10"
        label="National insurance number"
        hint={content(o.hint)}
        width={10}
      />,
      'input',
      'with width-10 class',
    );
  });
});

function textareaFromFixture(name: string) {
  const o = govukFixture('textarea', name).options;
  const label = obj(o.label);
  const fieldName = str(o.name) ?? '';
  return (
    <Textarea
      id={str(o.id) ?? fieldName}
      name={fieldName}
      label={content(label)}
      labelClassName={str(label?.classes)}
      labelIsPageHeading={label?.isPageHeading === true}
      hint={content(o.hint)}
      error={str(obj(o.errorMessage)?.text)}
      rows={typeof o.rows === 'number' ? o.rows : undefined}
      defaultValue={str(o.value)}
    />
  );
}

describe('Textarea matches govuk-frontend fixtures', () => {
  for (const name of [
    'default',
    'with hint',
    'with error message',
    'with default value',
    'with custom rows',
    'with label as page heading',
  ]) {
    it(name, () => expectMatchesFixture(textareaFromFixture(name), 'textarea', name));
  }
});
