import { expect, type Locator, type Page } from '@playwright/test';
import type { DateParts } from '../support/test-data';
import { ErrorSummary } from './ErrorSummary';

export type ParentCarer = {
  name: string;
  relationship: string;
  parentalResponsibility: 'Yes' | 'No';
  telephone?: string;
  email?: string;
};

/** Register a new child (CH-1: reached from a search). */
export class RegisterChildPage {
  readonly heading: Locator;
  readonly errorSummary: ErrorSummary;
  readonly givenNames: Locator;
  readonly familyName: Locator;
  readonly alsoKnownAs: Locator;
  readonly sex: Locator;
  readonly unborn: Locator;
  readonly dateOfBirth: Locator;
  readonly address: Locator;
  readonly postcode: Locator;
  readonly ethnicity: Locator;
  readonly firstLanguage: Locator;
  readonly nhsNumber: Locator;
  readonly schoolName: Locator;
  readonly addParentCarer: Locator;
  readonly registerChild: Locator;
  readonly registerAnyway: Locator;
  /** CH-1: the likely matches, with why each matched. */
  readonly possibleMatches: Locator;
  readonly possibleMatchesTable: Locator;
  readonly noneOfTheseIsTheChild: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Register a new child' });
    this.errorSummary = new ErrorSummary(page);
    this.givenNames = page.getByRole('textbox', { name: 'Given names', exact: true });
    this.familyName = page.getByRole('textbox', { name: 'Family name', exact: true });
    this.alsoKnownAs = page.getByRole('textbox', { name: 'Also known as (optional)' });
    this.sex = page.getByRole('group', { name: 'Sex', exact: true });
    this.unborn = page.getByRole('group', { name: 'Is this an unborn baby?' });
    this.dateOfBirth = page.getByRole('group', { name: 'Date of birth', exact: true });
    // Parents and carers have an address too; the child's comes first.
    this.address = page.getByRole('textbox', { name: 'Address (optional)' }).first();
    this.postcode = page.getByRole('textbox', { name: 'Postcode (optional)' });
    this.ethnicity = page.getByRole('combobox', { name: 'Ethnicity (optional)' });
    this.firstLanguage = page.getByRole('textbox', { name: "Child's first language (optional)" });
    this.nhsNumber = page.getByRole('textbox', { name: 'NHS number (optional)' });
    this.schoolName = page.getByRole('textbox', { name: 'School or setting (optional)' });
    this.addParentCarer = page.getByRole('button', { name: /^Add (a|another) parent or carer$/ });
    this.registerChild = page.getByRole('button', { name: 'Register child' });
    this.registerAnyway = page.getByRole('button', { name: 'Register anyway' });
    this.possibleMatches = page.getByRole('region', { name: 'Check this child is not already registered' });
    this.possibleMatchesTable = this.possibleMatches.getByRole('table', { name: /possible match/ });
    this.noneOfTheseIsTheChild = this.possibleMatches.getByRole('checkbox', {
      name: 'None of these is the child I am registering',
    });
  }

  async verifyOnPage() {
    await expect(this.heading).toBeVisible();
  }

  async fillDateOfBirth({ day, month, year }: DateParts) {
    await this.dateOfBirth.getByRole('textbox', { name: 'Day' }).fill(String(day));
    await this.dateOfBirth.getByRole('textbox', { name: 'Month' }).fill(String(month));
    await this.dateOfBirth.getByRole('textbox', { name: 'Year' }).fill(String(year));
  }

  async expectDateOfBirth({ day, month, year }: DateParts) {
    await expect(this.dateOfBirth.getByRole('textbox', { name: 'Day' })).toHaveValue(String(day));
    await expect(this.dateOfBirth.getByRole('textbox', { name: 'Month' })).toHaveValue(String(month));
    await expect(this.dateOfBirth.getByRole('textbox', { name: 'Year' })).toHaveValue(String(year));
  }

  /** The born child's questions: sex, 'not unborn' and the date of birth it reveals. */
  async fillBornChild(sex: 'Male' | 'Female', dateOfBirth: DateParts) {
    await this.sex.getByRole('radio', { name: sex, exact: true }).check();
    await this.unborn.getByRole('radio', { name: 'No', exact: true }).check();
    await this.fillDateOfBirth(dateOfBirth);
  }

  parentCarer(position: number): Locator {
    return this.page.getByRole('group', { name: `Parent or carer ${position}`, exact: true });
  }

  async addParent(position: number, parent: ParentCarer) {
    await this.addParentCarer.click();
    const fieldset = this.parentCarer(position);
    await fieldset.getByRole('textbox', { name: 'Full name' }).fill(parent.name);
    await fieldset.getByRole('textbox', { name: 'Relationship to the child' }).fill(parent.relationship);
    await fieldset
      .getByRole('group', { name: 'Do they have parental responsibility?' })
      .getByRole('radio', { name: parent.parentalResponsibility, exact: true })
      .check();
    if (parent.telephone) await fieldset.getByRole('textbox', { name: 'Telephone (optional)' }).fill(parent.telephone);
    if (parent.email) await fieldset.getByRole('textbox', { name: 'Email address (optional)' }).fill(parent.email);
  }

  /** A possible match's row, whose 'Why it matched' cell lists the reasons. */
  matchRow(name: string): Locator {
    return this.possibleMatchesTable.getByRole('row').filter({
      has: this.page.getByRole('link', { name: `${name} (opens in new tab)`, exact: true }),
    });
  }
}
