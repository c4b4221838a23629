import { describe, it } from 'vitest';
import { expectMatchesFixture } from '../test/expect-markup';
import { BackLink } from './BackLink';
import { Button } from './Button';
import { Tag } from './Tag';

describe('Button matches govuk-frontend fixtures', () => {
  it('default', () => expectMatchesFixture(<Button>Save and continue</Button>, 'button', 'default'));
  it('disabled', () => expectMatchesFixture(<Button disabled>Disabled button</Button>, 'button', 'disabled'));
  it('link', () => expectMatchesFixture(<Button href="/">Link button</Button>, 'button', 'link'));
  it('start', () => expectMatchesFixture(<Button isStartButton>Start now button</Button>, 'button', 'start'));
  it('secondary', () =>
    expectMatchesFixture(
      <Button variant="secondary" name="secondary">
        Secondary button
      </Button>,
      'button',
      'secondary',
    ));
  it('warning', () =>
    expectMatchesFixture(
      <Button variant="warning" name="Warning">
        Warning button
      </Button>,
      'button',
      'warning',
    ));
  it('inverse', () =>
    expectMatchesFixture(
      <Button variant="inverse" name="Inverse">
        Inverse button
      </Button>,
      'button',
      'inverse',
    ));
});

describe('Tag matches govuk-frontend fixtures', () => {
  it('default', () => expectMatchesFixture(<Tag>Alpha</Tag>, 'tag', 'default'));
  const cases = [
    ['grey', 'grey', 'Grey'],
    ['green', 'green', 'Green'],
    ['purple', 'purple', 'Purple'],
    ['red', 'red', 'Red'],
    ['orange', 'orange', 'Orange'],
    ['yellow', 'yellow', 'Yellow'],
    // govuk-frontend 6 renamed these: its 'turquoise' and 'pink' fixtures use teal and magenta
    ['turquoise', 'teal', 'Teal'],
    ['pink', 'magenta', 'Magenta'],
  ] as const;
  for (const [fixture, colour, text] of cases) {
    it(fixture, () => expectMatchesFixture(<Tag colour={colour}>{text}</Tag>, 'tag', fixture));
  }
});

describe('BackLink matches govuk-frontend fixtures', () => {
  it('default', () => expectMatchesFixture(<BackLink href="#" />, 'back-link', 'default'));
  it('inverse', () => expectMatchesFixture(<BackLink href="#" inverse />, 'back-link', 'inverse'));
});
