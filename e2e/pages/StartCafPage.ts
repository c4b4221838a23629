import { expect, type Locator, type Page } from '@playwright/test';
import { ErrorSummary } from './ErrorSummary';

/** Before you start a CAF: the pre-assessment checklist (CF-2) and its outcomes. */
export class StartCafPage {
  readonly heading: Locator;
  readonly immediateConcern: Locator;
  readonly decision: Locator;
  readonly continueButton: Locator;
  readonly errorSummary: ErrorSummary;
  readonly safeguardingHeading: Locator;
  readonly decisionRecorded: Locator;
  /** CF-1: who to contact about the child's open CAF. */
  readonly openCafContact: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Before you start a CAF' });
    this.immediateConcern = page.getByRole('group', {
      name: 'Are there immediate concerns that the child is suffering or at risk of significant harm?',
    });
    this.decision = page.getByRole('group', { name: 'What have you decided to do?' });
    this.continueButton = page.getByRole('button', { name: 'Continue' });
    this.errorSummary = new ErrorSummary(page);
    this.safeguardingHeading = page.getByRole('heading', { level: 1, name: 'Make a safeguarding referral' });
    this.decisionRecorded = page.getByText('The decision has been recorded.', { exact: true });
    this.openCafContact = page.getByRole('region', {
      name: /^Contact the (assessor|lead professional) of the open CAF$/,
    });
  }

  async goto(childId: string) {
    await this.page.goto(`/children/${childId}/caf/new`);
    await this.verifyOnPage();
  }

  async verifyOnPage() {
    await expect(this.heading).toBeVisible();
  }

  async answerImmediateConcern(answer: 'Yes' | 'No') {
    await this.immediateConcern.getByRole('radio', { name: answer, exact: true }).check();
  }

  async decide(decision: 'Start a CAF' | 'Refer for a specialist assessment' | 'No further action') {
    await this.decision.getByRole('radio', { name: decision, exact: true }).check();
  }

  /** A value in the open CAF's contact details (name, organisation, telephone, email). */
  contactDetail(value: string): Locator {
    return this.openCafContact.getByRole('definition').filter({ hasText: value });
  }
}
