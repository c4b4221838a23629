import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect } from 'vitest';
import { govukFixture } from './fixtures';
import { normaliseHtml } from './html';

/** Renders a React element and compares its markup with a govuk-frontend fixture's HTML. */
export function expectMatchesFixture(element: ReactElement, component: string, fixtureName: string) {
  const fixture = govukFixture(component, fixtureName);
  expect(normaliseHtml(renderToStaticMarkup(element))).toBe(normaliseHtml(fixture.html));
}
