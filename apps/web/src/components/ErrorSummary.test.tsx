import { describe, it } from 'vitest';
import { expectMatchesFixture } from '../test/expect-markup';
import { govukFixture } from '../test/fixtures';
import { content, list, obj, str } from '../test/options';
import { ErrorMessage } from './ErrorMessage';
import { ErrorSummary, type ErrorSummaryItem } from './ErrorSummary';

function errorSummaryFromFixture(name: string) {
  const o = govukFixture('error-summary', name).options;
  const errors = list(o.errorList).flatMap((raw): ErrorSummaryItem[] => {
    const item = obj(raw);
    if (!item) return [];
    const href = str(item.href);
    return [{ text: content(item), fieldId: href?.replace(/^#/, '') }];
  });
  return <ErrorSummary title={content(o, 'title')} description={content(o, 'description')} errors={errors} />;
}

describe('ErrorSummary matches govuk-frontend fixtures', () => {
  for (const name of ['default', 'without links', 'mixed with and without links', 'with everything']) {
    it(name, () => expectMatchesFixture(errorSummaryFromFixture(name), 'error-summary', name));
  }

  it("defaults its title to 'There is a problem'", () => {
    expectMatchesFixture(
      <ErrorSummary
        errors={[
          { text: 'Invalid username or password' },
          { text: 'Agree to the terms of service to log in', fieldId: 'example-error-1' },
        ]}
      />,
      'error-summary',
      'mixed with and without links',
    );
  });
});

describe('ErrorMessage matches govuk-frontend fixtures', () => {
  it('default', () =>
    expectMatchesFixture(
      <ErrorMessage>Error message about full name goes here</ErrorMessage>,
      'error-message',
      'default',
    ));
});
