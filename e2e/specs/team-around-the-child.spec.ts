import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { e2eAccounts } from '../support/accounts';
import {
  addDays,
  completeAssessmentThroughApi,
  fillDate,
  recordConsentThroughApi,
  startCafThroughApi,
  type TestCaf,
  todayInLondon,
  trpc,
} from '../support/caf-setup';
import { recordConsentToShareThroughApi } from '../support/family-setup';
import { expect, expectAccessible, test } from '../support/fixtures';
import { activate, chooseRadio, typeInto } from '../support/keyboard';

/**
 * The whole multi-agency story (issue 5): a school practitioner assesses a 14-year-old who has
 * started missing school, with the mother's consent; the team is built with the education welfare
 * officer, a youth worker and the school nurse; the family's view chooses the lead professional;
 * actions are agreed; a review records progress and distance travelled; the lead professional
 * hands over; the CAF is closed as needs met. A colleague refused a second CAF asks to join
 * (CF-1). What earlier issues test in the UI is set up through the API; the issue-5 pages are used
 * as practitioners would, each checked with axe.
 */

const assessor = e2eAccounts.practitioner;
const ewo = e2eAccounts.educationWelfareOfficer;
const youth = e2eAccounts.youthWorker;
const nurse = e2eAccounts.schoolNurse;
const colleague = e2eAccounts.keyboardPractitioner;
const other = e2eAccounts.teamMember;

const ATTENDANCE_PLAN = 'Attendance plan agreed with school, reviewed weekly';
const MENTORING = 'Weekly mentoring at the youth club';

/** The same day 14 years ago (28 February for a 29 February): the child is 14 today. */
function fourteenYearsAgo(today: string): { day: number; month: number; year: number } {
  const [year = 0, month = 0, day = 0] = today.split('-').map(Number);
  return { year: year - 14, month, day: month === 2 && day === 29 ? 28 : day };
}

/** The team's practitioners by name, for owners of agreed actions and the lead professional's choice. */
async function teamUserIds(request: APIRequestContext, caf: TestCaf): Promise<Map<string, string>> {
  const team = await trpc<{ practitioners: { userId: string; name: string }[] }>(request, 'team.get', {
    episodeId: caf.episodeId,
  });
  return new Map(team.practitioners.map((p) => [p.name, p.userId]));
}

const summaryOf = (scope: Page | Locator) => scope.getByRole('alert').filter({ hasText: 'There is a problem' });

test.describe('The Team Around the Child, from assessment to closure', () => {
  // About 50 s on PGlite or PostgreSQL.
  test.setTimeout(90_000);

  test('a 14-year-old missing school: team, lead professional chosen with the family, plan, review, hand-over, closed as needs met', async ({
    page,
    signInAs,
    pageAs,
  }) => {
    const today = todayInLondon();
    await signInAs('practitioner');
    const caf = await startCafThroughApi(page.request, {
      dateOfBirth: fourteenYearsAgo(today),
      notes: 'Has started missing school.',
    });
    await recordConsentThroughApi(page.request, caf, today);
    await recordConsentToShareThroughApi(page.request, caf, today);

    await test.step('the school practitioner builds the team: the EWO, a youth worker and the school nurse', async () => {
      await page.goto(`/episodes/${caf.episodeId}/team`);
      await expect(page.getByRole('heading', { level: 1, name: 'Team Around the Child' })).toBeVisible();
      await expectAccessible(page, 'the team page, before anyone joins');
      const searchBox = page.getByLabel('Name or email address of the practitioner');
      for (const member of [ewo, youth, nurse]) {
        await typeInto(page, searchBox, member.email);
        await page.keyboard.press('Enter');
        await expect(page.getByRole('status')).toContainText(`1 practitioner found for ‘${member.email}’`);
        await activate(page, page.getByRole('button', { name: `Add ${member.name} to the team` }));
        await expect(page.getByRole('alert').getByText(`${member.name} has joined the team`)).toBeVisible();
        await searchBox.clear();
      }
      const members = page.getByRole('table', { name: 'Team members' });
      for (const member of [ewo, youth, nurse]) {
        await expect(members.getByRole('row', { name: new RegExp(member.name) })).toContainText(member.organisation);
      }
      await expectAccessible(page, 'the team page with three members');
    });

    const ids = await teamUserIds(page.request, caf);
    const ewoId = ids.get(ewo.name);
    const youthId = ids.get(youth.name);
    if (!ewoId || !youthId) throw new Error(`the team has no EWO or youth worker: ${[...ids.keys()].join(', ')}`);
    await completeAssessmentThroughApi(page.request, caf, {
      today,
      seenBy: assessor.name,
      summary: 'Needs support to get back into school and something positive to do after school.',
      agreedActions: [
        {
          need: 'School attendance',
          action: ATTENDANCE_PLAN,
          desiredOutcome: 'Attendance above 95%',
          owner: { kind: 'user', id: ewoId, name: ewo.name },
          dueDate: addDays(today, 28),
        },
        {
          need: 'Positive activities',
          action: MENTORING,
          desiredOutcome: 'Goes to youth club every week',
          owner: { kind: 'user', id: youthId, name: youth.name },
          dueDate: addDays(today, 42),
        },
      ],
      firstReviewDate: addDays(today, 42),
    });

    await test.step('LP-2: the family’s view chooses the EWO as lead professional', async () => {
      await page.goto(`/episodes/${caf.episodeId}/lead-professional`);
      await expect(page.getByRole('heading', { level: 1, name: 'Lead professional' })).toBeVisible();
      await expect(page.getByText('No lead professional has been assigned yet.')).toBeVisible();
      await expectAccessible(page, 'the lead professional page, none assigned');

      await page.getByLabel('Who will be the lead professional?').selectOption(ewoId);
      await activate(page, page.getByRole('button', { name: 'Assign lead professional' }));
      await expect(summaryOf(page)).toBeVisible();
      await expectAccessible(page, 'assign a lead professional with errors');

      await typeInto(
        page,
        page.getByLabel("What is the family's view on who should be the lead professional?"),
        'She and her mother want the education welfare officer, who already knows them.',
      );
      await activate(page, page.getByRole('button', { name: 'Assign lead professional' }));
      await expect(page.getByRole('alert').getByText('The lead professional has been assigned')).toBeVisible();
      const current = page.getByRole('definition').filter({ hasText: ewo.name });
      await expect(current.first()).toBeVisible();
      await expectAccessible(page, 'the lead professional page, assigned');
    });

    const ewoPage = await pageAs('educationWelfareOfficer');

    await test.step('CF-1: a colleague is refused a second CAF and asks to join; the lead professional accepts', async () => {
      const colleaguePage = await pageAs('keyboardPractitioner');
      await colleaguePage.goto(`/children/${caf.childId}/caf/new`);
      await colleaguePage
        .getByRole('group', { name: /immediate concerns/ })
        .getByLabel('No', { exact: true })
        .check();
      await colleaguePage
        .getByRole('group', { name: 'What have you decided to do?' })
        .getByLabel('Start a CAF', { exact: true })
        .check();
      await colleaguePage.getByRole('button', { name: 'Continue' }).click();
      await expect(summaryOf(colleaguePage)).toContainText(caf.reference);
      const contact = colleaguePage.getByRole('region', { name: 'Contact the lead professional of the open CAF' });
      await expect(contact.getByRole('definition').filter({ hasText: ewo.name })).toBeVisible();

      // The request to join is a form of its own, outside the checklist's form.
      const ask = colleaguePage.getByRole('region', { name: 'Ask to join the team' });
      await expect(ask.locator('form')).toHaveCount(1);
      await expect(ask.locator('xpath=ancestor::form')).toHaveCount(0);
      await ask.getByRole('button', { name: 'Ask to join the team' }).click();
      const askSummary = summaryOf(ask);
      await expect(
        askSummary.getByRole('link', { name: 'Enter a message saying why you want to join the team' }),
      ).toHaveAttribute('href', '#join-message');
      const message = ask.getByLabel('Message to the lead professional');
      await expect(message).toHaveAccessibleDescription(/Error:\s+Enter a message saying why you want to join/);
      await expect(colleaguePage).toHaveTitle(/^Error: Before you start a CAF/);
      await expectAccessible(colleaguePage, 'the refused checklist with the request to join in error');
      await askSummary.getByRole('link').click();
      await expect(message).toBeFocused();
      await colleaguePage.keyboard.type('I teach her maths and can help with the attendance plan.');
      await colleaguePage.keyboard.press('Tab');
      await colleaguePage.keyboard.press('Enter');
      await expect(colleaguePage.getByRole('alert').filter({ hasText: 'Request sent' })).toContainText(
        `The lead professional of ${caf.reference} has been asked to add you to the team.`,
      );
      await expectAccessible(colleaguePage, 'the refused checklist after asking to join');

      // A second request waits at the same time: each form's ids are its own.
      const otherPage = await pageAs('teamMember');
      await trpc(otherPage.request, 'team.requestToJoin', { childId: caf.childId, message: 'Pastoral lead.' });

      await ewoPage.goto(`/episodes/${caf.episodeId}/team/requests`);
      await expect(ewoPage.getByRole('heading', { level: 1, name: 'Requests to join the team' })).toBeVisible();
      const forms = ewoPage.locator('main form');
      await expect(forms).toHaveCount(2);
      const ids = await ewoPage.locator('main [id]').evaluateAll((elements) => elements.map((e) => e.id));
      expect(ids.length).toBe(new Set(ids).size);
      await expectAccessible(ewoPage, 'requests to join, two waiting');

      const colleagueForm = forms.filter({ hasText: colleague.name });
      await colleagueForm.getByRole('button', { name: 'Save decision' }).click();
      const problem = summaryOf(colleagueForm).getByRole('link', {
        name: 'Select whether to accept or decline the request',
      });
      await expect(problem).toBeVisible();
      await expectAccessible(ewoPage, 'requests to join with an error');
      await problem.click();
      const accept = colleagueForm.getByRole('radio', { name: 'Accept: add them to the team' });
      await expect(accept).toBeFocused();
      await ewoPage.keyboard.press('Space');
      await expect(accept).toBeChecked();
      await colleagueForm.getByRole('button', { name: 'Save decision' }).click();
      await expect(ewoPage.getByRole('alert').getByText(`${colleague.name} has joined the team`)).toBeVisible();

      const otherForm = ewoPage.locator('main form').filter({ hasText: other.name });
      await otherForm.getByRole('radio', { name: 'Decline' }).check();
      await otherForm.getByLabel('Reason (needed if you decline)').fill('The school is already in the team.');
      await otherForm.getByRole('button', { name: 'Save decision' }).click();
      await expect(ewoPage.getByRole('alert').getByText(`You declined ${other.name}'s request`)).toBeVisible();
      await expect(ewoPage.getByText(`Accepted by ${ewo.name}`)).toBeVisible();
      await expectAccessible(ewoPage, 'requests to join, decided');
    });

    await test.step('the plan shows the agreed actions, owned by team members', async () => {
      await ewoPage.goto(`/episodes/${caf.episodeId}/plan`);
      await expect(ewoPage.getByRole('heading', { level: 1, name: 'Delivery plan' })).toBeVisible();
      const attendance = ewoPage.getByRole('row').filter({ hasText: ATTENDANCE_PLAN });
      await expect(attendance).toContainText(ewo.name);
      await expect(attendance).toContainText('Not started');
      await expect(ewoPage.getByRole('row').filter({ hasText: MENTORING })).toContainText(youth.name);
      await expectAccessible(ewoPage, 'the delivery plan');
    });

    await test.step('LP-4: the EWO updates their own action', async () => {
      await activate(ewoPage, ewoPage.getByRole('link', { name: `Update ${ATTENDANCE_PLAN}` }));
      await expect(ewoPage.getByRole('heading', { level: 1, name: 'Update an action' })).toBeVisible();
      await expectAccessible(ewoPage, 'update an action');
      await chooseRadio(
        ewoPage,
        ewoPage.getByRole('group', { name: 'What is the status of this action?' }),
        'In progress',
      );
      await typeInto(ewoPage, ewoPage.getByLabel('Progress note'), 'Plan agreed with her head of year.');
      await activate(ewoPage, ewoPage.getByRole('button', { name: 'Save progress' }));
      await expect(ewoPage.getByText('Progress on the action recorded.')).toBeVisible();
      await expect(ewoPage.getByRole('row').filter({ hasText: ATTENDANCE_PLAN })).toContainText('In progress');

      // The school nurse is in the team but neither owns the action nor leads: she cannot update it.
      const nursePage = await pageAs('schoolNurse');
      await nursePage.goto(`/episodes/${caf.episodeId}/plan`);
      await expect(nursePage.getByRole('row').filter({ hasText: ATTENDANCE_PLAN })).toBeVisible();
      await expect(nursePage.getByRole('link', { name: `Update ${ATTENDANCE_PLAN}` })).toHaveCount(0);
    });

    // "Six weeks later": the server's clock is real and a review cannot be held in the future, so
    // the review is held today; the next one is set six weeks on.
    await test.step('PL-2: the lead professional records the review, with progress and distance travelled', async () => {
      await ewoPage.goto(`/episodes/${caf.episodeId}/plan`);
      await activate(ewoPage, ewoPage.getByRole('link', { name: 'Record a review' }));
      await expect(ewoPage.getByRole('heading', { level: 1, name: 'Record a review' })).toBeVisible();
      await expectAccessible(ewoPage, 'record a review');
      await ewoPage.getByRole('button', { name: 'Record the review' }).click();
      await expect(summaryOf(ewoPage).getByRole('link', { name: 'Select what happens next' })).toBeVisible();
      await expectAccessible(ewoPage, 'record a review with errors');

      await fillDate(ewoPage, 'When was the review held?', today);
      const attended = ewoPage.getByRole('group', { name: 'Who attended?' });
      for (const name of [ewo.name, youth.name, nurse.name]) await attended.getByLabel(name).check();
      await ewoPage
        .getByRole('group', { name: new RegExp(ATTENDANCE_PLAN) })
        .getByLabel('In progress')
        .check();
      await ewoPage.getByLabel(`Comment on progress for ${ATTENDANCE_PLAN}`).fill('Attendance up to 92%.');
      await ewoPage
        .getByRole('group', { name: new RegExp(MENTORING) })
        .getByLabel('Done', { exact: true })
        .check();
      await ewoPage.getByLabel(`Comment on progress for ${MENTORING}`).fill('Goes every Tuesday.');
      await ewoPage
        .getByRole('group', { name: 'How well is this need met now: School attendance?' })
        .getByLabel('7', { exact: true })
        .check();
      await ewoPage
        .getByRole('group', { name: 'How well is this need met now: Positive activities?' })
        .getByLabel('9', { exact: true })
        .check();
      await ewoPage.getByLabel("The child's comments").fill('School is better now I have the club.');
      await ewoPage.getByLabel("The parent's or carer's comments").fill('She gets up on her own.');
      await ewoPage.getByLabel('Set the next review date').check();
      await fillDate(ewoPage, 'Date of the next review', addDays(today, 42));
      await ewoPage.getByRole('button', { name: 'Record the review' }).click();
      await expect(ewoPage.getByRole('heading', { level: 1, name: 'Reviews and distance travelled' })).toBeVisible();
      await expect(ewoPage.getByText(/Review 1 recorded/)).toBeVisible();
    });

    await test.step('PL-2: the chart and its data table show distance travelled', async () => {
      await expect(ewoPage.getByRole('img', { name: /Distance travelled for each need/ })).toBeVisible();
      const table = ewoPage.getByRole('table', { name: 'Distance travelled (score out of 10)' });
      await expect(table.getByRole('row', { name: /School attendance/ })).toContainText('7');
      await expect(table.getByRole('row', { name: /Positive activities/ })).toContainText('9');
      await expectAccessible(ewoPage, 'reviews and distance travelled');
    });

    await test.step('LP-3: the EWO hands over to the youth worker; the history shows both', async () => {
      await ewoPage.goto(`/episodes/${caf.episodeId}/lead-professional`);
      await ewoPage.getByLabel('Who is the role handed over to?').selectOption(youthId);
      await typeInto(
        ewoPage,
        ewoPage.getByLabel('Handover note'),
        'Attendance plan in place; mentoring done. Next review in six weeks.',
      );
      await typeInto(
        ewoPage,
        ewoPage.getByLabel("What is the family's view on who should be the lead professional?"),
        'Now that school is going well, she would like the youth worker to lead.',
      );
      await activate(ewoPage, ewoPage.getByRole('button', { name: 'Hand over the role' }));
      await expect(
        ewoPage.getByRole('alert').getByText('The lead professional role has been handed over'),
      ).toBeVisible();
      const history = ewoPage.getByRole('table', { name: 'History of lead professionals' });
      // Each row is named from its first cell onwards: the lead professional, then who assigned them.
      const ewoRow = history.getByRole('row', { name: new RegExp(`^${ewo.name}`) });
      const youthRow = history.getByRole('row', { name: new RegExp(`^${youth.name}`) });
      await expect(ewoRow).toContainText('want the education welfare officer');
      await expect(ewoRow).toContainText('Attendance plan in place');
      await expect(ewoRow).not.toContainText('Now');
      await expect(youthRow).toContainText('Now');
      await expect(youthRow).toContainText(`assigned by ${ewo.name}`);
      await expect(youthRow).toContainText('she would like the youth worker to lead');
      await expectAccessible(ewoPage, 'the lead professional page after the hand-over');
    });

    await test.step('PL-3: the new lead professional closes the CAF as needs met', async () => {
      const youthPage = await pageAs('youthWorker');
      await youthPage.goto(`/episodes/${caf.episodeId}/close`);
      await expect(youthPage.getByRole('heading', { level: 1, name: 'Close this CAF' })).toBeVisible();
      await expectAccessible(youthPage, 'close this CAF');
      await chooseRadio(youthPage, youthPage.getByRole('group', { name: 'Why is the CAF being closed?' }), 'Needs met');
      await activate(youthPage, youthPage.getByRole('button', { name: 'Close the CAF' }));
      await expect(youthPage.getByRole('heading', { level: 1, name: 'Delivery plan' })).toBeVisible();
      await expect(youthPage.getByText('This CAF is closed and can only be read.')).toBeVisible();
      await expectAccessible(youthPage, 'the closed delivery plan');

      await youthPage.goto(`/children/${caf.childId}/chronology`);
      await expect(youthPage.getByRole('heading', { level: 1, name: 'Chronology' })).toBeVisible();
      // The story as the child's chronology tells it.
      for (const entry of [
        `${nurse.name} joined the team around the child`,
        `${ewo.name} became lead professional`,
        'Review held',
        `Lead professional handed over from ${ewo.name} to ${youth.name}`,
        `CAF ${caf.reference} closed`,
      ]) {
        await expect(youthPage.getByText(entry, { exact: true }).first()).toBeVisible();
      }
      await expectAccessible(youthPage, 'the child’s chronology');

      await youthPage.goto('/');
      await expect(youthPage.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
      await expectAccessible(youthPage, 'the youth worker’s My work');
    });

    await test.step('the manager’s dashboard', async () => {
      const managerPage = await pageAs('manager');
      await managerPage.goto('/dashboard');
      await expect(managerPage.getByRole('heading', { level: 1, name: /dashboard/i })).toBeVisible();
      await expectAccessible(managerPage, 'the manager’s dashboard');
    });
  });
});
