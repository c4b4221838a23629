import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type GovukFixture = { name: string; options: Record<string, unknown>; html: string; hidden?: boolean };

const require = createRequire(import.meta.url);
const govukRoot = dirname(require.resolve('govuk-frontend/package.json'));

/** The official fixture (options and HTML) that govuk-frontend ships for a component variant. */
export function govukFixture(component: string, name: string): GovukFixture {
  const path = join(govukRoot, 'dist', 'govuk', 'components', component, 'fixtures.json');
  const file = JSON.parse(readFileSync(path, 'utf8')) as { fixtures: GovukFixture[] };
  const fixture = file.fixtures.find((candidate) => candidate.name === name);
  if (!fixture) throw new Error(`No fixture '${name}' for govuk-frontend component '${component}'`);
  return fixture;
}
