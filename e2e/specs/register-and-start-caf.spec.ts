import { AppHeader } from '../pages/AppHeader';
import { ChildPage } from '../pages/ChildPage';
import { EpisodePage } from '../pages/EpisodePage';
import { fieldErrorDescription } from '../pages/ErrorSummary';
import { FindChildPage } from '../pages/FindChildPage';
import { MyWorkPage } from '../pages/MyWorkPage';
import { RegisterChildPage } from '../pages/RegisterChildPage';
import { StartCafPage } from '../pages/StartCafPage';
import { e2eAccounts } from '../support/accounts';
import { expect, expectAccessible, registerChildThroughApi, test } from '../support/fixtures';
import {
  DEMO_FAMILY_NAME,
  fullName,
  longDate,
  newTestChild,
  spacedNhsNumber,
  uniqueWord,
  withOneLetterChanged,
} from '../support/test-data';

const INVALID_NHS_NUMBER = '9434765918';
const INVALID_NHS_MESSAGE = 'Enter a valid NHS number';

test.describe('Register a child and start a CAF', () => {
  test('CH-1, CH-3: a child is registered from a search; a near-duplicate only after confirming none of the matches is the child', async ({
    page,
    signInAs,
  }) => {
    await signInAs('practitioner');
    const child = newTestChild();
    const name = fullName(child);
    const parent = {
      name: `${uniqueWord()} ${child.familyName}`,
      relationship: 'Mother',
      parentalResponsibility: 'Yes',
      telephone: '07700 900123',
    } as const;

    // The index finds the demo children…
    const find = new FindChildPage(page);
    await find.goto();
    await find.searchFor(DEMO_FAMILY_NAME);
    await expect(find.results.getByRole('link', { name: new RegExp(DEMO_FAMILY_NAME) }).first()).toBeVisible();
    await expectAccessible(page, 'Find a child with results');

    // …but not the new child: no result, so they can be registered.
    await find.searchFor(name);
    await expect(find.noResults).toBeVisible();
    await expect(find.resultLink(name)).toHaveCount(0);
    await expectAccessible(page, 'Find a child with no results');
    await find.registerNewChild.click();

    const register = new RegisterChildPage(page);
    await register.verifyOnPage();
    await expectAccessible(page, 'Register a new child');
    // The search's words start the names off.
    await expect(register.givenNames).toHaveValue(child.givenNames);
    await expect(register.familyName).toHaveValue(child.familyName);
    await register.alsoKnownAs.fill(child.givenNames.slice(0, 3));
    await register.fillBornChild('Female', child.dateOfBirth);
    await register.address.fill('1 Test Street\nLeeds');
    await register.postcode.fill('LS6 2AB');
    await register.ethnicity.selectOption({ label: 'White British' });
    await register.firstLanguage.fill('English');
    await register.schoolName.fill('Test Primary School');
    await register.addParent(1, parent);

    // CH-3: a mistyped NHS number is caught beside the field and in the summary.
    await register.nhsNumber.fill(INVALID_NHS_NUMBER);
    await register.registerChild.click();
    await register.errorSummary.expectFocused();
    await expect(register.errorSummary.link(INVALID_NHS_MESSAGE)).toBeVisible();
    await expect(register.nhsNumber).toHaveAccessibleDescription(fieldErrorDescription(INVALID_NHS_MESSAGE));
    await expect(page).toHaveTitle(/^Error: Register a new child/);
    // Nothing typed is lost.
    await expect(register.givenNames).toHaveValue(child.givenNames);
    await expect(register.familyName).toHaveValue(child.familyName);
    await register.expectDateOfBirth(child.dateOfBirth);
    await expect(register.nhsNumber).toHaveValue(INVALID_NHS_NUMBER);
    await expect(register.parentCarer(1).getByRole('textbox', { name: 'Full name' })).toHaveValue(parent.name);
    await expectAccessible(page, 'Register a new child with errors');

    await register.errorSummary.link(INVALID_NHS_MESSAGE).click();
    await expect(register.nhsNumber).toBeFocused();
    await register.nhsNumber.fill(child.nhsNumber);
    await register.registerChild.click();

    const childPage = new ChildPage(page, name);
    await childPage.verifyOnPage();
    await expect(childPage.registeredBanner).toContainText(`${name} has been registered`);
    await expect(childPage.identityDetail('Date of birth', longDate(child.dateOfBirth))).toBeVisible();
    await expect(childPage.identityDetail('NHS number', spacedNhsNumber(child.nhsNumber))).toBeVisible();
    await expect(childPage.parentsAndCarers.getByRole('row', { name: new RegExp(parent.name) })).toContainText(
      'Mother',
    );
    await expect(childPage.noCaf()).toBeVisible();
    await expectAccessible(page, 'the child page after registering');

    // A near-duplicate: same date of birth, one letter different, no NHS number.
    const twin = withOneLetterChanged({ ...child, nhsNumber: '' });
    const twinName = fullName(twin);
    await new AppHeader(page).findAChild.click();
    await find.searchFor(twinName);
    await find.registerNewChild.click();
    await register.verifyOnPage();
    await expect(register.givenNames).toHaveValue(twin.givenNames);
    await register.fillBornChild('Female', twin.dateOfBirth);
    await register.registerChild.click();

    await expect(register.possibleMatches).toBeVisible();
    const match = register.matchRow(name);
    // How likely, in words, and why: the reasons the matching engine gave.
    await expect(match.locator('.govuk-tag')).toHaveText(/the same child$/);
    await expect(match).toContainText('Same date of birth');
    await expect(match).toContainText('Same surname');
    await expect(register.errorSummary.alert).toContainText('This child may already be registered');
    await expect(register.registerAnyway).toBeVisible();
    await expectAccessible(page, 'Register a new child with possible matches');

    // Registering anyway needs the confirmation.
    await register.registerAnyway.click();
    await register.errorSummary.expectFocused();
    await expect(register.possibleMatches).toBeVisible();

    await register.noneOfTheseIsTheChild.check();
    await register.registerAnyway.click();

    const twinPage = new ChildPage(page, twinName);
    await twinPage.verifyOnPage();
    await expect(twinPage.registeredBanner).toContainText(`${twinName} has been registered`);
    await expect(twinPage.identityDetail('Date of birth', longDate(child.dateOfBirth))).toBeVisible();
    await expect(twinPage.identityDetail('NHS number', 'Not recorded')).toBeVisible();
  });

  test('CF-2, CF-1: a safeguarding concern stops the CAF; a clean checklist starts it; a second practitioner is refused', async ({
    page,
    signInAs,
    pageAs,
  }) => {
    await signInAs('practitioner');
    const child = newTestChild();
    const name = fullName(child);
    const childId = await registerChildThroughApi(page.request, child);

    const childPage = new ChildPage(page, name);
    await childPage.goto(childId);
    await childPage.startCaf.click();

    const startCaf = new StartCafPage(page);
    await startCaf.verifyOnPage();
    await expectAccessible(page, 'the pre-assessment checklist');

    // CF-2: an immediate concern sends the practitioner to the safeguarding route instead.
    await startCaf.answerImmediateConcern('Yes');
    await startCaf.continueButton.click();
    await expect(startCaf.safeguardingHeading).toBeVisible();
    await expect(page.getByRole('heading', { name: "Leeds Children's Social Work Service Front Door" })).toBeVisible();
    await expect(page.getByText('0113 376 0336', { exact: true })).toBeVisible();
    await expect(startCaf.decisionRecorded).toBeVisible();
    await expectAccessible(page, 'the safeguarding referral outcome');

    await page.getByRole('link', { name: `Return to ${name}'s record` }).click();
    await childPage.verifyOnPage();
    await expect(childPage.noCaf()).toBeVisible();
    await expect(childPage.cafs).toHaveCount(0);

    // Without a concern, deciding to start a CAF opens a draft episode.
    await childPage.startCaf.click();
    await startCaf.verifyOnPage();
    await startCaf.answerImmediateConcern('No');
    await startCaf.decide('Start a CAF');
    await startCaf.continueButton.click();

    const episode = new EpisodePage(page);
    await episode.verifyOnPage();
    const reference = await episode.reference();
    expect(reference).toMatch(/CAF-\d{4}-\d{6}/);
    await expect(episode.startedBanner).toContainText(`CAF ${reference} started for ${name}`);
    // Sections 1, 2 and 6 are filled in by eCAF (the CAF, the child record, the assessor); the rest wait.
    await expect(episode.progress).toContainText('You have completed 3 of');
    await expect(episode.tasks.first()).toBeVisible();
    const taskCount = await episode.tasks.count();
    expect(taskCount).toBeGreaterThan(10);
    await expect(episode.tasks.filter({ hasText: 'Not started' })).toHaveCount(taskCount - 3);
    await expectAccessible(page, 'the episode page');

    const myWork = new MyWorkPage(page);
    await new AppHeader(page).myWork.click();
    await myWork.verifyOnPage();
    await expect(myWork.draft(reference, name)).toBeVisible();
    await expectAccessible(page, 'My work with a draft');

    // CF-1: a second practitioner cannot start another CAF; they are told whom to contact.
    const colleague = await pageAs('keyboardPractitioner');
    const colleagueStart = new StartCafPage(colleague);
    await colleagueStart.goto(childId);
    await colleagueStart.answerImmediateConcern('No');
    await colleagueStart.decide('Start a CAF');
    await colleagueStart.continueButton.click();

    await expect(colleagueStart.openCafContact).toBeVisible();
    await expect(colleagueStart.contactDetail(e2eAccounts.practitioner.name)).toBeVisible();
    await expect(colleagueStart.contactDetail('07700 900999')).toBeVisible();
    await expect(colleagueStart.contactDetail(e2eAccounts.practitioner.email)).toBeVisible();
    await expect(colleagueStart.contactDetail(reference)).toBeVisible();
    await expect(colleagueStart.errorSummary.alert).toContainText(reference);
    await expect(colleague).toHaveURL(new RegExp(`/children/${childId}/caf/new$`));
    await expectAccessible(colleague, 'the checklist refused because a CAF is open');
  });
});
