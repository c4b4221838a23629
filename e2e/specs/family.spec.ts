import { AppHeader } from '../pages/AppHeader';
import { EpisodePage } from '../pages/EpisodePage';
import { ErrorSummary } from '../pages/ErrorSummary';
import { FamilyEpisodePage, FamilyHomePage, InvitationPage } from '../pages/FamilyPages';
import { SignInPage } from '../pages/SignInPage';
import { E2E_PASSWORD, e2eAccounts } from '../support/accounts';
import { recordConsentThroughApi, savedSection, startCafThroughApi, todayInLondon } from '../support/caf-setup';
import { addTeamMemberThroughApi, recordConsentToShareThroughApi } from '../support/family-setup';
import { expect, expectAccessible, test } from '../support/fixtures';

/**
 * The family view (screen 6): a practitioner invites the mother; she opens the link in a browser
 * of her own, sets a password, reads the record, sees who has looked at it (SH-5), adds her
 * views (CF-7) and withdraws her consent (CO-5), after which a team member's next request is
 * refused (SH-1).
 */

const FAMILY_PASSWORD = 'three words together';

test.describe('The family view', () => {
  test('CO-5 the family reads the record, sees who looked, adds views and withdraws consent; the team loses access', async ({
    page,
    browser,
    baseURL,
    signInAs,
    pageAs,
  }) => {
    // One journey through four browsers and seven pages, each checked with axe.
    test.setTimeout(240_000);
    // A CAF with consent to assess, consent to share with everyone in the team, and a team member.
    await signInAs('practitioner');
    const caf = await startCafThroughApi(page.request);
    const childName = `${caf.child.givenNames} ${caf.child.familyName}`;
    const today = todayInLondon();
    await recordConsentThroughApi(page.request, caf, today);
    await recordConsentToShareThroughApi(page.request, caf, today);
    await addTeamMemberThroughApi(page.request, caf);
    const teamMember = await pageAs('teamMember');
    const teamView = new EpisodePage(teamMember);
    await teamMember.goto(`/episodes/${caf.episodeId}`);
    await teamView.verifyOnPage();

    // The practitioner invites the mother.
    await page.goto(`/episodes/${caf.episodeId}/family-invitations`);
    await expect(page.getByRole('heading', { level: 1, name: 'Invite the family to see this CAF' })).toBeVisible();
    await expectAccessible(page, 'the family invitations page');
    await page.getByRole('button', { name: 'Create invitation' }).click();
    const errors = new ErrorSummary(page);
    await errors.expectFocused();
    await expect(errors.link('Select who to invite')).toBeVisible();
    await expect(errors.link('Enter their email address')).toBeVisible();
    await expectAccessible(page, 'the family invitations page with errors');

    const email = `mother-${caf.child.familyName.toLowerCase()}@e2e.test`;
    await page.getByRole('radio', { name: new RegExp(`^${caf.parentName} \\(Mother\\)`) }).check();
    await page.getByLabel('Their email address').fill(email);
    await page.getByRole('button', { name: 'Create invitation' }).click();
    await expect(page.getByText(`Invitation created for ${caf.parentName}`)).toBeVisible();
    const link = await page.getByLabel('Invitation link').inputValue();
    expect(link).toMatch(/\/invitations\/[\w-]{43}$/);
    await expect(page.getByRole('table', { name: 'Invitations for this CAF' })).toContainText('Not used yet');
    await expectAccessible(page, 'the family invitations page with the link');

    // The mother opens the link in a browser of her own and sets a password.
    const familyContext = await browser.newContext({ baseURL, timezoneId: 'Europe/London', locale: 'en-GB' });
    const family = await familyContext.newPage();
    await family.goto(new URL(link).pathname);
    const invitation = new InvitationPage(family);
    await invitation.verifyOnPage();
    // Nothing about the child before the account exists.
    await expect(family.getByText(childName)).toHaveCount(0);
    await expectAccessible(family, 'the invitation page');
    await invitation.password.fill('too short');
    await invitation.confirmPassword.fill('something else');
    await invitation.submit.click();
    const passwordErrors = new ErrorSummary(family);
    await passwordErrors.expectFocused();
    await expect(passwordErrors.link('Your password must be at least 12 characters')).toBeVisible();
    await expectAccessible(family, 'the invitation page with errors');
    await invitation.password.fill(FAMILY_PASSWORD);
    await invitation.confirmPassword.fill(FAMILY_PASSWORD);
    await invitation.submit.click();

    // She lands on her family home, with navigation that fits her.
    const home = new FamilyHomePage(family);
    await home.verifyOnPage();
    const header = new AppHeader(family);
    await expect(header.navigation.getByRole('link', { name: 'Your family' })).toBeVisible();
    await expect(header.myWork).toHaveCount(0);
    await expect(header.findAChild).toHaveCount(0);
    await expectAccessible(family, 'the family home');

    // The record in plain language, and who has looked at it: the practitioner's read is listed.
    await home.record(caf.reference).click();
    const record = new FamilyEpisodePage(family, childName);
    await record.verifyOnPage();
    await expect(family.getByRole('heading', { name: 'What has been written down' })).toBeVisible();
    await expect(family.getByText('Everyone in the team helping your family.').first()).toBeVisible();
    await expect(record.team.getByRole('rowheader', { name: e2eAccounts.teamMember.name })).toBeVisible();
    await expect(
      record.whoLooked.getByRole('row', { name: new RegExp(e2eAccounts.practitioner.name) }).first(),
    ).toBeVisible();
    await expect(record.whoLooked).toContainText('Read the assessment');
    await expectAccessible(family, 'the family view of a CAF');

    // Her views: an empty save is an error beside the box; then saved into the draft.
    await record.saveViews.click();
    const viewsErrors = new ErrorSummary(family);
    await viewsErrors.expectFocused();
    await expect(viewsErrors.link('Enter your views')).toBeVisible();
    await expectAccessible(family, 'the family view with an error');
    await record.views.fill('We would like help with getting to school in the mornings.');
    await record.saveViews.click();
    await expect(family.getByText(/Your views were saved at/)).toBeVisible();
    await expect(record.views).toHaveValue('We would like help with getting to school in the mornings.');
    expect(await savedSection(page.request, caf.episodeId, 'views')).toMatchObject({
      parentViews: 'We would like help with getting to school in the mornings.',
    });

    // Withdrawing consent: a page that explains what happens, then confirmed.
    await record.withdrawLink.click();
    await expect(
      family.getByRole('heading', { level: 1, name: 'Withdraw your consent to share information' }),
    ).toBeVisible();
    await expect(family.getByText('sharing stops straight away')).toBeVisible();
    await expectAccessible(family, 'the withdraw consent page');
    await family.getByRole('button', { name: 'Yes, withdraw my consent' }).click();
    await record.verifyOnPage();
    await expect(family.getByText('You have withdrawn your consent to share information')).toBeVisible();
    await expect(family.getByText('Withdrawn', { exact: true }).first()).toBeVisible();
    await expect(record.withdrawLink).toHaveCount(0);
    await expectAccessible(family, 'the family view after withdrawing consent');

    // The team member's next request is refused as if the CAF did not exist.
    await teamMember.reload();
    await expect(teamMember.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(teamView.heading).toHaveCount(0);

    // The link worked once: opened again, it says so.
    const later = await browser.newContext({ baseURL, timezoneId: 'Europe/London', locale: 'en-GB' });
    const again = await later.newPage();
    await again.goto(new URL(link).pathname);
    await expect(again.getByRole('heading', { level: 1, name: 'This invitation cannot be used' })).toBeVisible();
    await expect(again.getByText('This invitation has already been used.', { exact: false })).toBeVisible();
    await expectAccessible(again, 'a used invitation');
    await later.close();
    await familyContext.close();
  });

  test('a family member who signs in lands on their family home, not on My work', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(e2eAccounts.family.email, E2E_PASSWORD);
    const home = new FamilyHomePage(page);
    await home.verifyOnPage();
    await expect(page.getByText('There are no records for you to see yet.', { exact: false })).toBeVisible();
    await expectAccessible(page, 'an empty family home');
    // My work is not theirs: the home page sends them to the family home.
    await page.goto('/');
    await home.verifyOnPage();
  });
});
