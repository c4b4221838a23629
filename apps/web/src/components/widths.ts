/** GOV.UK fixed-width input classes (by characters) and fluid width override classes. */
export type FieldWidth =
  | 2
  | 3
  | 4
  | 5
  | 10
  | 20
  | 30
  | 'full'
  | 'three-quarters'
  | 'two-thirds'
  | 'one-half'
  | 'one-third'
  | 'one-quarter';

export function widthClass(block: 'input' | 'textarea' | 'select', width: FieldWidth | undefined) {
  if (width === undefined) return undefined;
  if (typeof width === 'number') return block === 'input' ? `govuk-input--width-${width}` : undefined;
  return `govuk-!-width-${width}`;
}
