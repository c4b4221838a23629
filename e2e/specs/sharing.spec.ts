import type { APIRequestContext, Page } from '@playwright/test';
import { e2eAccounts } from '../support/accounts';
import { recordConsentThroughApi, startCafThroughApi, type TestCaf, todayInLondon } from '../support/caf-setup';
import { CLIENT_HEADER, expect, expectAccessible, test } from '../support/fixtures';
import { activate, chooseRadio, tabTo, typeDate, typeInto } from '../support/keyboard';
import { fullName, uniqueWord } from '../support/test-data';

/**
 * Consent to share, the team and who has looked (CO-3 to CO-7, SH-1, SH-2, SH-4, SH-5), with the
 * keyboard where a practitioner would type, and axe on every sharing page and error state.
 */

const WITHHELD = 'Withheld: the family has not agreed to share additional (sensitive) information';
const youth = e2eAccounts.youthWorker;
const social = e2eAccounts.socialWorker;

async function trpc<T>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  const response = await request.post(`/trpc/${path}`, { headers: CLIENT_HEADER, data: input });
  const text = await response.text();
  expect(response.ok(), `${path}: ${text}`).toBe(true);
  return (JSON.parse(text) as { result: { data: T } }).result.data;
}

/** The assessor writes section 8.1: one sensitive (S) element and one that is not. */
async function writeDevelopment(request: APIRequestContext, caf: TestCaf, sensitive: string, basic: string) {
  await trpc(request, 'assessment.saveSection', {
    episodeId: caf.episodeId,
    versionNumber: 1,
    sectionId: 'development',
    baseRevision: 0,
    content: { health: { needs: sensitive }, learning: { strengths: basic } },
  });
}

async function practitionerId(request: APIRequestContext, caf: TestCaf, query: string): Promise<string> {
  const found = await trpc<{ userId: string }[]>(request, 'sharing.findTeamCandidates', {
    episodeId: caf.episodeId,
    query,
  });
  const [first] = found;
  if (!first) throw new Error(`no practitioner found for ${query}`);
  return first.userId;
}

const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

/** Every answer the server sends this page, so a test can say what never reached the browser. */
function recordApiResponses(page: Page): string[] {
  const bodies: string[] = [];
  page.on('response', (response) => {
    if (!response.url().includes('/trpc/')) return;
    void response.text().then(
      (text) => bodies.push(text),
      () => {},
    );
  });
  return bodies;
}

test.describe('Consent to share and the team', () => {
  test.describe.configure({ timeout: 300_000 });

  test('CO-3, SH-4, SH-2, SH-1, SH-5: consent for the youth service only; the youth worker joins and reads without the sensitive parts; others are refused; the manager sees who looked', async ({
    page,
    signInAs,
    pageAs,
  }) => {
    const sensitive = `Sensitive health need ${uniqueWord()}`;
    const basic = `Enjoys art club ${uniqueWord()}`;
    await signInAs('practitioner');
    const caf = await startCafThroughApi(page.request);
    const today = todayInLondon();
    await recordConsentThroughApi(page.request, caf, today);
    await writeDevelopment(page.request, caf, sensitive, basic);

    await test.step('the episode page shows consent to share and leads to it', async () => {
      await page.goto(`/episodes/${caf.episodeId}`);
      await expect(page.getByRole('heading', { level: 1, name: caf.reference })).toBeVisible();
      const consentRow = page.getByRole('definition').filter({ hasText: 'Not recorded' }).first();
      await expect(consentRow).toBeVisible();
      await expect(page.getByRole('link', { name: 'Invite a family member' })).toBeVisible();
      await activate(page, page.getByRole('link', { name: 'Consent to share and the team', exact: true }));
      await expect(page.getByRole('heading', { level: 1, name: 'Consent to share and the team' })).toBeVisible();
      await expect(page.getByText('No consent to share has been recorded.')).toBeVisible();
      await expectAccessible(page, 'consent to share and the team, nothing recorded');
    });

    await test.step('CO-3: consent to share with the youth service only, nothing sensitive', async () => {
      await activate(page, page.getByRole('button', { name: 'Record consent to share' }));
      await expect(page.getByRole('heading', { level: 1, name: 'Record consent to share' })).toBeVisible();
      await expectAccessible(page, 'record consent to share');

      // Saving with nothing answered lists every problem at the top, each linked to its field.
      await activate(page, page.getByRole('button', { name: 'Save consent to share' }));
      const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
      await expect(summary.getByRole('link', { name: 'Select who may see basic information' })).toBeVisible();
      await expect(summary.getByRole('link')).toHaveCount(6);
      await expect(page).toHaveTitle(/^Error: Record consent to share/);
      await expectAccessible(page, 'record consent to share with errors');

      await chooseRadio(page, group(page, 'Who gave consent to share?'), `${caf.parentName} (Mother)`);
      await chooseRadio(page, group(page, 'How was consent given?'), 'Written');
      await typeDate(page, group(page, 'When was consent given?'), today);
      await chooseRadio(page, group(page, 'Who may see basic information?'), 'Only the organisations named');
      const youthService = group(page, 'Which organisations may see basic information?').getByRole('checkbox', {
        name: youth.organisation,
        exact: true,
      });
      await tabTo(page, youthService);
      await page.keyboard.press('Space');
      await expect(youthService).toBeChecked();
      await chooseRadio(
        page,
        group(page, 'Who may see additional (sensitive) information?'),
        'No services: additional information is not shared',
      );
      await typeInto(
        page,
        page.getByLabel('What did you explain about sharing?'),
        'Who will see the assessment, why, and that consent can be withdrawn at any time.',
      );
      await expectAccessible(page, 'record consent to share, filled in');
      await activate(page, page.getByRole('button', { name: 'Save consent to share' }));

      await expect(page.getByRole('alert').getByText('Consent to share recorded')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: 'Consent to share and the team' })).toBeVisible();
      await expect(
        page.getByText(`Only the organisations named: ${youth.organisation}`, { exact: true }),
      ).toBeVisible();
      await expect(
        page.getByText('No services: additional information is not shared', { exact: true }).first(),
      ).toBeVisible();
      await expect(page.getByText('Active', { exact: true }).first()).toBeVisible();
      await expectAccessible(page, 'consent to share and the team, consent recorded');
    });

    await test.step('SH-4: the youth worker joins; a social worker is refused before anyone chooses', async () => {
      await activate(page, page.getByRole('link', { name: 'Add or remove team members' }));
      await expect(page.getByRole('heading', { level: 1, name: 'Team Around the Child' })).toBeVisible();
      await expectAccessible(page, 'the team page');

      const searchBox = page.getByLabel('Name or email address of the practitioner');
      await typeInto(page, searchBox, 'Youthworker');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status')).toContainText('1 practitioner found for ‘Youthworker’');
      await activate(page, page.getByRole('button', { name: `Add ${youth.name} to the team` }));
      await expect(page.getByRole('alert').getByText(`${youth.name} has joined the team`)).toBeVisible();
      const members = page.getByRole('table', { name: 'Team members' });
      await expect(members.getByRole('row', { name: new RegExp(youth.name) })).toContainText('Consent to share');

      await typeInto(page, searchBox, 'Socialworker');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status')).toContainText('They cannot join under the family’s consent');
      const refused = page.getByRole('row', { name: new RegExp(social.name) });
      await expect(refused).toContainText('Cannot join');
      await expect(refused).toContainText(`The family's consent does not include ${social.organisation}`);
      await expect(page.getByRole('button', { name: new RegExp(`Add ${social.name}`) })).toHaveCount(0);
      await expect(page.getByRole('link', { name: 'record new consent to share' })).toBeVisible();
      await expectAccessible(page, 'the team page with a refused practitioner');

      // The server refuses it too, whatever the page offers.
      const socialId = await practitionerId(page.request, caf, 'Socialworker');
      const refusedAdd = await page.request.post('/trpc/sharing.addTeamMember', {
        headers: CLIENT_HEADER,
        data: { episodeId: caf.episodeId, userId: socialId },
      });
      expect(refusedAdd.status()).toBe(412);
    });

    await test.step('SH-2: the youth worker reads the assessment without its sensitive parts', async () => {
      const youthPage = await pageAs('youthWorker');
      const answers = recordApiResponses(youthPage);

      await youthPage.goto(`/episodes/${caf.episodeId}`);
      await expect(youthPage.getByRole('heading', { level: 1, name: caf.reference })).toBeVisible();
      await expect(
        youthPage.getByText('Some sensitive information in this assessment is withheld from you'),
      ).toBeVisible();
      await expect(youthPage.getByRole('link', { name: 'Add or remove team members' })).toHaveCount(0);
      await expectAccessible(youthPage, 'the episode page of a team member without the sensitive parts');

      await youthPage.goto(`/episodes/${caf.episodeId}/sections/development`);
      await expect(youthPage.getByRole('heading', { level: 1, name: /Development of the baby/ })).toBeVisible();
      await expect(youthPage.getByText(basic, { exact: true })).toBeVisible();
      const healthRow = youthPage.getByRole('term').filter({ hasText: /^Health$/ });
      await expect(healthRow).toBeVisible();
      await expect(youthPage.getByText(WITHHELD).first()).toBeVisible();
      await expect(youthPage.getByText(WITHHELD)).toHaveCount(3);
      expect(await youthPage.content()).not.toContain(sensitive);
      await expectAccessible(youthPage, 'a section with withheld elements');

      await youthPage.goto(`/episodes/${caf.episodeId}/check`);
      await expect(youthPage.getByText(basic, { exact: true })).toBeVisible();
      await expect(youthPage.getByText(WITHHELD).first()).toBeVisible();
      expect(await youthPage.content()).not.toContain(sensitive);

      await youthPage.goto(`/episodes/${caf.episodeId}/versions/1/print`);
      await expect(youthPage.getByText(basic, { exact: true })).toBeVisible();
      await expect(youthPage.getByText(WITHHELD).first()).toBeVisible();
      expect(await youthPage.content()).not.toContain(sensitive);
      await expectAccessible(youthPage, 'the print view with withheld elements');

      await youthPage.goto(`/episodes/${caf.episodeId}/sharing`);
      await expect(youthPage.getByRole('heading', { level: 1, name: 'Consent to share and the team' })).toBeVisible();
      await expect(youthPage.getByRole('button', { name: /Record .*consent to share/ })).toHaveCount(0);
      await expectAccessible(youthPage, 'consent to share and the team, read by a team member');

      // Nothing the server sent this reader held the sensitive answer (SH-2: removed on the server).
      expect(answers.length).toBeGreaterThan(0);
      for (const body of answers) expect(body).not.toContain(sensitive);
    });

    await test.step('SH-1: a colleague of the assessor who is not in the team gets "not found"', async () => {
      const colleague = await pageAs('keyboardPractitioner');
      await colleague.goto(`/episodes/${caf.episodeId}`);
      await expect(colleague.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await expect(colleague.getByText(fullName(caf.child))).toHaveCount(0);
      await colleague.goto(`/episodes/${caf.episodeId}/sharing`);
      await expect(colleague.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      expect(await colleague.content()).not.toContain(sensitive);
    });

    await test.step("SH-5: the manager sees the youth worker's read", async () => {
      const manager = await pageAs('manager');
      await manager.goto(`/episodes/${caf.episodeId}`);
      await activate(manager, manager.getByRole('link', { name: 'Who has looked at this record' }));
      await expect(manager.getByRole('heading', { level: 1, name: 'Who has looked at this record' })).toBeVisible();
      const reads = manager.getByRole('table', { name: 'Who has looked, most recent first' });
      const youthRead = reads
        .getByRole('row')
        .filter({ hasText: youth.name })
        .filter({ hasText: 'Viewed the assessment' })
        .first();
      await expect(youthRead).toContainText('Team member under consent');
      await expect(youthRead).toContainText(youth.organisation);
      await expect(reads.getByRole('row').filter({ hasText: 'Manager' }).first()).toBeVisible();
      await expectAccessible(manager, 'who has looked at this record');
    });
  });

  test('CO-4 to CO-7: verbal consent confirmed and corrected, a share without consent, then a withdrawal that ends the team', async ({
    page,
    signInAs,
    pageAs,
  }) => {
    await signInAs('practitioner');
    const caf = await startCafThroughApi(page.request);
    const today = todayInLondon();
    await recordConsentThroughApi(page.request, caf, today);
    const view = await trpc<{ consentGivers: { personId: string }[] }>(page.request, 'sharing.get', {
      episodeId: caf.episodeId,
    });
    const mother = view.consentGivers[0]?.personId;
    if (!mother) throw new Error('the mother is not among those who may consent');
    await trpc(page.request, 'sharing.recordConsent', {
      episodeId: caf.episodeId,
      givenBy: { kind: 'person', personId: mother },
      method: 'verbal',
      date: today,
      basicScope: { kind: 'all', organisationIds: [] },
      additionalScope: { kind: 'all', organisationIds: [] },
      whatWasExplained: 'Who will see the assessment.',
    });
    for (const query of ['Youthworker', 'Socialworker']) {
      const userId = await practitionerId(page.request, caf, query);
      await trpc(page.request, 'sharing.addTeamMember', { episodeId: caf.episodeId, userId });
    }

    await page.goto(`/episodes/${caf.episodeId}/sharing`);
    await expect(page.getByText('Verbal, awaiting written confirmation', { exact: true }).first()).toBeVisible();
    await expect(page.getByText(/Awaiting written confirmation: confirm by \d+ \w+ \d{4}/).first()).toBeVisible();

    await test.step('CO-4: the written confirmation', async () => {
      await activate(page, page.getByRole('link', { name: 'Record the written confirmation' }));
      await expect(
        page.getByRole('heading', { level: 1, name: /written confirmation of verbal consent/ }),
      ).toBeVisible();
      await expectAccessible(page, 'confirm verbal consent');
      await activate(page, page.getByRole('button', { name: 'Save confirmation' }));
      await expect(
        page.getByRole('alert').getByRole('link', { name: 'Enter the date consent was confirmed' }),
      ).toBeVisible();
      await expectAccessible(page, 'confirm verbal consent with an error');
      await typeDate(page, group(page, 'When did they confirm their consent in writing?'), today);
      await activate(page, page.getByRole('button', { name: 'Save confirmation' }));
      await expect(
        page.getByRole('alert').getByText('Written confirmation of consent to share recorded'),
      ).toBeVisible();
      await expect(page.getByText(/Confirmed in writing on \d/).first()).toBeVisible();
    });

    await test.step('CO-6: a correction keeps the original in the history', async () => {
      await activate(page, page.getByRole('link', { name: 'Correct a mistake in this record' }));
      await expect(
        page.getByRole('heading', { level: 1, name: 'Correct the record of consent to share' }),
      ).toBeVisible();
      await expectAccessible(page, 'correct consent to share');
      await typeInto(page, page.getByLabel('Why are you correcting the record?'), 'Recorded as verbal by mistake.');
      await chooseRadio(page, group(page, 'How was consent given?'), 'Written');
      await activate(page, page.getByRole('button', { name: 'Save correction' }));
      await expect(page.getByRole('alert').getByText(/Correction recorded/)).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'History of consent to share' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 3, name: /^Correction: Consent given on/ })).toBeVisible();
      await expect(page.getByText('Recorded as verbal by mistake.').first()).toBeVisible();
      await expectAccessible(page, 'consent to share with a correction in the history');
    });

    await test.step('CO-7: sharing without consent, flagged to managers', async () => {
      await activate(page, page.getByRole('link', { name: 'Record sharing without consent' }));
      await expect(page.getByRole('heading', { level: 1, name: 'Record sharing without consent' })).toBeVisible();
      await expect(page.getByText('Every share without consent is flagged to managers.')).toBeVisible();
      await expectAccessible(page, 'share without consent');
      await activate(page, page.getByRole('button', { name: 'Record sharing without consent' }));
      await expect(page.getByRole('alert').getByRole('link')).toHaveCount(4);
      await expectAccessible(page, 'share without consent with errors');
      await chooseRadio(
        page,
        group(page, 'On what ground did you share without consent?'),
        'Risk of significant harm to a child',
      );
      await typeInto(
        page,
        page.getByLabel('Why did the information have to be shared without consent?'),
        'Injuries seen at school; asking would put the child at greater risk.',
      );
      await chooseRadio(
        page,
        group(page, 'What did you share?'),
        'Basic information (the assessment without its sensitive elements)',
      );
      await chooseRadio(page, group(page, 'Who did you share it with?'), 'Someone who does not use eCAF');
      await typeInto(page, page.getByLabel('Their name'), 'PC Jo Bell');
      await typeInto(page, page.getByLabel('Their organisation'), 'West Yorkshire Police');
      await activate(page, page.getByRole('button', { name: 'Record sharing without consent' }));
      await expect(page.getByRole('alert').getByText(/flagged to managers/)).toBeVisible();
      await expect(page.getByRole('heading', { level: 3, name: /^Shared with PC Jo Bell on / })).toBeVisible();
    });

    await test.step('SH-4: a team member is removed after a confirmation', async () => {
      await activate(page, page.getByRole('link', { name: 'Add or remove team members' }));
      await activate(page, page.getByRole('button', { name: `Remove ${social.name} from the team` }));
      const question = page.getByRole('heading', { level: 1, name: `Remove ${social.name} from the team?` });
      await expect(question).toBeFocused();
      await expectAccessible(page, 'remove a team member');
      await activate(page, page.getByRole('button', { name: `Yes, remove ${social.name}` }));
      await expect(page.getByRole('alert').getByText(`${social.name} has left the team`)).toBeVisible();
      await expect(page.getByRole('table', { name: 'Team members' })).not.toContainText(social.name);
      await activate(page, page.getByRole('link', { name: 'See past team members and consent to share' }));
      await expect(page.getByRole('table', { name: 'Past team members' })).toContainText(social.name);
    });

    await test.step('CO-5: a withdrawal ends the team at once', async () => {
      await activate(page, page.getByRole('link', { name: 'Record that the family withdrew consent' }));
      await expect(
        page.getByRole('heading', { level: 1, name: 'Record that consent to share was withdrawn' }),
      ).toBeVisible();
      await expect(
        page.getByText(`${youth.name} joined the team under this consent and will leave it now.`),
      ).toBeVisible();
      await expectAccessible(page, 'withdraw consent to share');
      await chooseRadio(page, group(page, 'Who withdrew consent?'), `${caf.parentName} (Mother)`);
      await activate(page, page.getByRole('button', { name: 'Record withdrawal' }));
      await expect(page.getByRole('alert').getByText(/1 person has left the team/)).toBeVisible();
      await expect(page.getByText('Withdrawn', { exact: true }).first()).toBeVisible();
      await expect(page.getByRole('table', { name: 'Past team members' })).toContainText(youth.name);

      const youthPage = await pageAs('youthWorker');
      await youthPage.goto(`/episodes/${caf.episodeId}`);
      await expect(youthPage.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    });
  });
});
