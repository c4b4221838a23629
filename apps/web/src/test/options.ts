import type { ReactNode } from 'react';
import { htmlToReact } from './html-to-react';

/** Loose readers for govuk-frontend fixture options (plain JSON from the package). */
export type Options = Record<string, unknown>;

export function obj(value: unknown): Options | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Options) : undefined;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** `{ text }` or `{ html }` (also `titleText`/`titleHtml` style keys with a prefix). */
export function content(value: unknown, prefix = ''): ReactNode | undefined {
  const options = obj(value);
  if (!options) return undefined;
  const html = str(options[prefix ? `${prefix}Html` : 'html']);
  if (html !== undefined) return htmlToReact(html);
  return str(options[prefix ? `${prefix}Text` : 'text']);
}
