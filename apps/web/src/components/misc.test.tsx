import { describe, it } from 'vitest';
import { expectMatchesFixture } from '../test/expect-markup';
import { govukFixture } from '../test/fixtures';
import { content, list, obj, str } from '../test/options';
import { Details } from './Details';
import { Fieldset } from './Fieldset';
import { InsetText } from './InsetText';
import { NotificationBanner } from './NotificationBanner';
import { Pagination } from './Pagination';
import { Panel } from './Panel';
import { PhaseBanner } from './PhaseBanner';
import { Select, type SelectOption } from './Select';
import { ServiceNavigation } from './ServiceNavigation';
import { SkipLink } from './SkipLink';
import { WarningText } from './WarningText';

describe('smaller components match govuk-frontend fixtures', () => {
  it('details: default', () => {
    const o = govukFixture('details', 'default').options;
    expectMatchesFixture(<Details summary={str(o.summaryText)}>{str(o.text)}</Details>, 'details', 'default');
  });

  it('details: expanded', () => {
    const o = govukFixture('details', 'expanded').options;
    expectMatchesFixture(
      <Details id="help-with-nationality" open summary={str(o.summaryText)}>
        {str(o.text)}
      </Details>,
      'details',
      'expanded',
    );
  });

  it('inset text: default', () => {
    const o = govukFixture('inset-text', 'default').options;
    expectMatchesFixture(<InsetText>{str(o.text)}</InsetText>, 'inset-text', 'default');
  });

  it('warning text: default', () => {
    const o = govukFixture('warning-text', 'default').options;
    expectMatchesFixture(<WarningText>{str(o.text)}</WarningText>, 'warning-text', 'default');
  });

  it('notification banner: default', () => {
    const o = govukFixture('notification-banner', 'default').options;
    expectMatchesFixture(<NotificationBanner text={str(o.text)} />, 'notification-banner', 'default');
  });

  it('notification banner: success', () => {
    const o = govukFixture('notification-banner', 'with type as success').options;
    expectMatchesFixture(
      <NotificationBanner type="success" text={str(o.text)} />,
      'notification-banner',
      'with type as success',
    );
  });

  it('notification banner: html content', () => {
    const o = govukFixture('notification-banner', 'with text as html').options;
    expectMatchesFixture(
      <NotificationBanner>{content(o)}</NotificationBanner>,
      'notification-banner',
      'with text as html',
    );
  });

  it('panel: default', () => {
    const o = govukFixture('panel', 'default').options;
    expectMatchesFixture(<Panel title={str(o.titleHtml)}>{content(o)}</Panel>, 'panel', 'default');
  });

  it('skip link: default', () => {
    expectMatchesFixture(<SkipLink href="#test-target-element" />, 'skip-link', 'default');
  });

  for (const name of ['default', 'as page heading l', 'styled as medium text']) {
    it(`fieldset: ${name}`, () => {
      const legend = obj(govukFixture('fieldset', name).options.legend);
      expectMatchesFixture(
        <Fieldset
          legend={str(legend?.text)}
          legendClassName={str(legend?.classes)}
          legendIsPageHeading={legend?.isPageHeading === true}
        />,
        'fieldset',
        name,
      );
    });
  }

  for (const name of ['default', 'with hint text and error message', 'with full width override']) {
    it(`select: ${name}`, () => {
      const o = govukFixture('select', name).options;
      const items: SelectOption[] = list(o.items).flatMap((raw) => {
        const item = obj(raw);
        return item
          ? [
              {
                value: str(item.value) ?? '',
                text: str(item.text) ?? '',
                disabled: item.disabled === true ? true : undefined,
              },
            ]
          : [];
      });
      const selected = list(o.items)
        .map(obj)
        .find((item) => item?.selected === true);
      expectMatchesFixture(
        <Select
          id={str(o.id) ?? str(o.name)}
          name={str(o.name) ?? ''}
          label={content(o.label)}
          hint={content(o.hint)}
          error={str(obj(o.errorMessage)?.text)}
          className={str(o.classes)}
          items={items}
          defaultValue={str(selected?.value)}
        />,
        'select',
        name,
      );
    });
  }

  it('pagination: default', () => {
    expectMatchesFixture(
      <Pagination
        previousHref="/previous"
        nextHref="/next"
        pages={[
          { number: 1, href: '/page/1' },
          { number: 2, href: '/page/2', current: true },
          { number: 3, href: '/page/3' },
        ]}
      />,
      'pagination',
      'default',
    );
  });

  it('phase banner: default', () => {
    const o = govukFixture('phase-banner', 'default').options;
    expectMatchesFixture(<PhaseBanner tag={content(o.tag)}>{content(o)}</PhaseBanner>, 'phase-banner', 'default');
  });

  it('service navigation: with navigation with a current item', () => {
    expectMatchesFixture(
      <ServiceNavigation
        items={[
          { href: '#/1', text: 'Navigation item 1' },
          { href: '#/2', text: 'Navigation item 2', current: true },
          { href: '#/3', text: 'Navigation item 3' },
          { href: '#/4', text: 'Navigation item 4' },
        ]}
      />,
      'service-navigation',
      'with navigation with a current item',
    );
  });

  it('service navigation: with service name and navigation', () => {
    expectMatchesFixture(
      <ServiceNavigation
        serviceName="Apply for a juggling license"
        serviceUrl="#/"
        items={[
          { href: '#/1', text: 'Navigation item 1' },
          { href: '#/2', text: 'Navigation item 2', active: true },
          { href: '#/3', text: 'Navigation item 3' },
          { href: '#/4', text: 'Navigation item 4' },
        ]}
      />,
      'service-navigation',
      'with service name and navigation',
    );
  });

  it('service navigation: with inline end slot', () => {
    expectMatchesFixture(
      <ServiceNavigation
        serviceName="Service name"
        items={[{ href: '#/1', text: 'Navigation item 1' }]}
        end={<div>[end]</div>}
        endInline
      />,
      'service-navigation',
      'with `inline` end slot',
    );
  });
});
