import type { ReactNode } from 'react';

/** One radio or checkbox, or a divider ('or') between them. */
export type ChoiceItem =
  | {
      value: string;
      label: ReactNode;
      hint?: ReactNode;
      /** Content revealed while this item is checked (GOV.UK conditional reveal). */
      conditional?: ReactNode;
      disabled?: boolean;
      /** Overrides the generated id (`<idPrefix>`, `<idPrefix>-2`, …). */
      id?: string;
      labelClassName?: string;
      divider?: undefined;
    }
  | { divider: string };

export type ChoiceOption = Extract<ChoiceItem, { value: string }>;

/**
 * GOV.UK's ids: the first item's id is the bare prefix (so the error summary can link to it),
 * later ones get `-<position>` (positions count dividers too, as in govuk-frontend).
 */
export function choiceItemId(idPrefix: string, item: ChoiceOption, position: number): string {
  return item.id ?? (position > 1 ? `${idPrefix}-${position}` : idPrefix);
}
