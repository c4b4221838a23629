import { describe, it } from 'vitest';
import { expectMatchesFixture } from '../test/expect-markup';
import { govukFixture } from '../test/fixtures';
import { content, list, obj, str } from '../test/options';
import { Checkboxes } from './Checkboxes';
import type { ChoiceItem } from './choice-items';
import { Radios } from './Radios';

function itemsFrom(options: Record<string, unknown>): { items: ChoiceItem[]; checked: string[] } {
  const checked: string[] = [];
  const items = list(options.items).flatMap((raw): ChoiceItem[] => {
    const item = obj(raw);
    if (!item) return [];
    const divider = str(item.divider);
    if (divider !== undefined) return [{ divider }];
    const value = str(item.value) ?? '';
    if (item.checked === true) checked.push(value);
    const conditional = obj(item.conditional);
    return [
      {
        value,
        label: content(item),
        hint: content(item.hint),
        conditional: conditional ? content(conditional) : undefined,
        id: str(item.id),
        disabled: item.disabled === true ? true : undefined,
      },
    ];
  });
  return { items, checked };
}

function radiosFromFixture(name: string) {
  const o = govukFixture('radios', name).options;
  const legend = obj(obj(o.fieldset)?.legend);
  const { items, checked } = itemsFrom(o);
  return (
    <Radios
      name={str(o.name) ?? ''}
      idPrefix={str(o.idPrefix) ?? str(o.name)}
      items={items}
      fieldset={o.fieldset !== undefined}
      legend={content(legend)}
      legendClassName={str(legend?.classes)}
      legendIsPageHeading={legend?.isPageHeading === true}
      hint={content(o.hint)}
      error={str(obj(o.errorMessage)?.text)}
      className={str(o.classes)}
      formGroupClassName={str(obj(o.formGroup)?.classes)}
      defaultValue={checked[0] ?? str(o.value)}
    />
  );
}

describe('Radios match govuk-frontend fixtures', () => {
  for (const name of [
    'default',
    'with hint',
    'inline',
    'with legend as page heading',
    'with a divider',
    'with hints on items',
    'without fieldset',
    'with fieldset and error message',
    'with conditional items',
    'with conditional item checked',
    'small with conditional reveal',
  ]) {
    it(name, () => expectMatchesFixture(radiosFromFixture(name), 'radios', name));
  }

  it('inline and small props give the modifier classes', () => {
    const o = govukFixture('radios', 'small inline').options;
    const { items } = itemsFrom(o);
    expectMatchesFixture(
      <Radios name="example" idPrefix="sort" items={items} legend="Sort by" small inline />,
      'radios',
      'small inline',
    );
  });
});

function checkboxesFromFixture(name: string) {
  const o = govukFixture('checkboxes', name).options;
  const legend = obj(obj(o.fieldset)?.legend);
  const { items, checked } = itemsFrom(o);
  const values = list(o.values).flatMap((value) => (typeof value === 'string' ? [value] : []));
  return (
    <Checkboxes
      name={str(o.name) ?? ''}
      idPrefix={str(o.idPrefix) ?? str(o.name)}
      items={items}
      fieldset={o.fieldset !== undefined}
      legend={content(legend)}
      legendClassName={str(legend?.classes)}
      legendIsPageHeading={legend?.isPageHeading === true}
      hint={content(o.hint)}
      error={str(obj(o.errorMessage)?.text)}
      className={str(o.classes)}
      formGroupClassName={str(obj(o.formGroup)?.classes)}
      defaultValues={[...checked, ...values]}
    />
  );
}

describe('Checkboxes match govuk-frontend fixtures', () => {
  for (const name of [
    'default',
    'with hint',
    'with pre-checked values',
    'with legend as a page heading',
    'with error message',
    'with conditional items',
  ]) {
    it(name, () => expectMatchesFixture(checkboxesFromFixture(name), 'checkboxes', name));
  }
});
