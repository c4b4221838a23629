import type { Page } from '@playwright/test';
import { startCafThroughApi, todayInLondon } from '../support/caf-setup';
import { expect, expectAccessible, test } from '../support/fixtures';
import { activate, chooseOption, chooseRadio, tabTo, typeDate, typeInto } from '../support/keyboard';

/**
 * The whole CAF with the keyboard alone: consent, every section, the refusal to complete
 * before the child is seen (CF-4, CF-5), the child seen, completion, a review (CF-6) and the
 * comparison of the two versions. axe runs on every page and error state on the way.
 */

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const saveAndReturn = (page: Page) => page.getByRole('button', { name: 'Save and return to task list' });

async function openSection(page: Page, title: string) {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await activate(page, page.getByRole('link', { name: new RegExp(`^\\d+(\\.\\d)?\\. ${escaped}$`) }));
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

async function finishSection(page: Page, label: string) {
  await expect(page.getByRole('status')).not.toContainText('Not saved');
  await expectAccessible(page, label);
  await activate(page, saveAndReturn(page));
  await expect(page.getByRole('heading', { level: 2, name: 'Assessment', exact: true })).toBeVisible();
}

test.describe('The whole CAF with the keyboard', () => {
  // The whole CAF by keyboard is one long journey: about 2 minutes alone, more on a busy machine.
  test.describe.configure({ timeout: 420_000 });

  test('CF-3 to CF-6, CO-1: consent, every section, refused without the child seen, completed, reviewed and compared', async ({
    page,
    signInAs,
  }) => {
    await signInAs('keyboardPractitioner');
    const caf = await startCafThroughApi(page.request);
    const today = todayInLondon();
    await page.goto(`/episodes/${caf.episodeId}`);
    await expect(page.getByRole('heading', { level: 1, name: caf.reference })).toBeVisible();
    await expectAccessible(page, 'the task list of a new CAF');

    await test.step('CF-3: a content section cannot be written before consent', async () => {
      await openSection(page, 'Views');
      await expect(page.getByText(/record consent/i).first()).toBeVisible();
      await expect(page.getByLabel("The child or young person's views", { exact: true })).toHaveCount(0);
      await expectAccessible(page, 'a section before consent');
      await activate(page, page.getByRole('link', { name: 'Back to task list' }));
    });

    await test.step('CO-1: consent to assess and store', async () => {
      await activate(page, page.getByRole('link', { name: /Consent to assess and store/ }));
      await expectAccessible(page, 'the consent page');
      // Saving with nothing answered lists every problem at the top.
      await activate(page, page.getByRole('button', { name: 'Save decision' }));
      await expect(page.getByRole('alert').getByText('There is a problem')).toBeVisible();
      await expectAccessible(page, 'the consent page with errors');
      await chooseRadio(
        page,
        group(page, 'Did they give consent to assess and store information?'),
        'Yes, consent was given',
      );
      await chooseRadio(page, group(page, 'Who made the decision?'), `${caf.parentName} (Mother)`);
      await typeDate(page, group(page, 'When was the decision made?'), today);
      await chooseRadio(page, group(page, 'How was the decision given?'), 'Written');
      await typeInto(
        page,
        page.getByLabel('What did you explain to them?'),
        'What a CAF is, who will see it and that consent can be withdrawn.',
      );
      await activate(page, page.getByRole('button', { name: 'Save decision' }));
      await expect(
        page
          .getByRole('alert')
          .getByText(/saved|recorded/i)
          .first(),
      ).toBeVisible();
      await activate(page, page.getByRole('link', { name: 'Return to the task list' }));
    });

    await test.step('every derived section shows what eCAF knows', async () => {
      for (const title of ['About this assessment', 'The child', 'The assessor', 'Consent']) {
        await openSection(page, title);
        await expectAccessible(page, `the derived section ${title}`);
        await activate(page, page.getByRole('link', { name: 'Back to task list' }));
      }
    });

    await test.step('section 3: assessment information', async () => {
      await openSection(page, 'Assessment information');
      await activate(page, page.getByRole('button', { name: 'Add a person' }));
      await typeInto(page, group(page, 'Person 1').getByLabel('Name', { exact: true }), caf.parentName);
      await typeInto(page, group(page, 'Person 1').getByLabel('Relationship to the child or role'), 'Mother');
      await typeInto(
        page,
        page.getByLabel('What has led to this assessment?'),
        'Attendance has fallen to 62% this term and she seems withdrawn.',
      );
      await finishSection(page, 'Assessment information');
    });

    await test.step('section 4: parents and carers', async () => {
      await openSection(page, 'Parents and carers');
      await activate(page, page.getByRole('button', { name: 'Add a parent or carer' }));
      const row = group(page, 'Parent or carer 1');
      await typeInto(page, row.getByLabel('Name', { exact: true }), caf.parentName);
      await typeInto(page, row.getByLabel('Relationship to the child'), 'Mother');
      await chooseRadio(page, row.getByRole('group', { name: 'Do they have parental responsibility?' }), 'Yes');
      await finishSection(page, 'Parents and carers');
    });

    await test.step('section 5: family and home', async () => {
      await openSection(page, 'Family and home situation');
      await typeInto(
        page,
        page.getByLabel('Family and home situation', { exact: true }),
        'Lives with her mother and younger brother.',
      );
      await finishSection(page, 'Family and home situation');
    });

    await test.step('section 7: services', async () => {
      await openSection(page, 'Services working with the child');
      await activate(page, page.getByRole('button', { name: 'Add a service' }));
      await typeInto(page, group(page, 'Service 1').getByLabel('Service or organisation'), 'School nursing');
      await finishSection(page, 'Services working with the child');
    });

    await test.step('section 8: the three domains', async () => {
      await openSection(page, 'Development of the baby, child or young person');
      const learning = group(page, 'Learning');
      await typeInto(page, learning.getByLabel('Strengths'), 'Enjoys science and art.');
      await typeInto(page, learning.getByLabel('Needs'), 'Catching up on missed maths.');
      await chooseRadio(page, learning.getByRole('group', { name: /evidence or opinion/ }), 'Evidence');
      await finishSection(page, 'Development');

      await openSection(page, 'Parents and carers: strengths and needs');
      await typeInto(
        page,
        group(page, 'Basic care, ensuring safety and protection').getByLabel('Strengths'),
        'Warm, organised home.',
      );
      await finishSection(page, 'Parents and carers: strengths and needs');

      await openSection(page, 'Family and environmental factors');
      await typeInto(page, group(page, 'Wider family').getByLabel('Needs'), 'Grandparents live far away.');
      await finishSection(page, 'Family and environmental factors');
    });

    await test.step('section 9: views', async () => {
      await openSection(page, 'Views');
      await typeInto(page, page.getByLabel("The child or young person's views", { exact: true }), 'Wants to go back.');
      await typeInto(
        page,
        page.getByLabel("The parent's or carer's views", { exact: true }),
        'Worried about mornings.',
      );
      await finishSection(page, 'Views');
    });

    await test.step('section 10: conclusions and actions', async () => {
      await openSection(page, 'Conclusions, solutions and actions');
      await typeInto(page, page.getByLabel('Summary of strengths and needs'), 'Needs help to return to school.');
      await activate(page, page.getByRole('button', { name: 'Add an action' }));
      const action = group(page, 'Action 1');
      await typeInto(page, action.getByLabel('Need it addresses'), 'Attendance');
      await typeInto(page, action.getByLabel('Action', { exact: true }), 'Morning check-in with the mentor');
      await typeInto(page, action.getByLabel('Desired outcome'), 'Attends every day');
      await chooseOption(page, action.getByLabel('Who is responsible'), `${caf.parentName}, mother`);
      await typeDate(page, action.getByRole('group', { name: 'By when' }), addDays(today, 14));
      await chooseRadio(page, group(page, 'Outcome of the assessment'), 'Continue with a Team Around the Child');
      await typeDate(page, group(page, 'First review date'), addDays(today, 28));
      await finishSection(page, 'Conclusions');
    });

    await test.step('CF-4, CF-5: completion is refused until the child has been seen', async () => {
      await activate(page, page.getByRole('link', { name: /Check your answers and complete/ }));
      await expect(page.getByRole('heading', { level: 1, name: /Check your answers/ })).toBeVisible();
      await expectAccessible(page, 'check your answers, child not seen');
      await activate(page, page.getByRole('button', { name: 'Complete assessment' }));
      const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
      const seenProblem = summary.getByRole('link', { name: /record when the child was seen/i });
      await expect(seenProblem).toBeVisible();
      await expectAccessible(page, 'check your answers with the refusal');
      await activate(page, seenProblem);

      await expect(page.getByRole('heading', { level: 1 })).toContainText(/seen/i);
      await expectAccessible(page, 'the child seen page');
      await typeDate(page, group(page, 'When was the child seen?'), today);
      await chooseRadio(page, group(page, 'Was the child seen alone?'), 'Yes, seen alone');
      await typeInto(page, page.getByLabel('Where was the child seen? (optional)'), 'At school');
      await activate(page, page.getByRole('button', { name: 'Save visit' }));
      await expect(page.getByRole('alert').first()).toBeVisible();
      await activate(page, page.getByRole('link', { name: 'Return to the task list' }));
    });

    await test.step('CF-5: completes once nothing is missing', async () => {
      await activate(page, page.getByRole('link', { name: /Check your answers and complete/ }));
      await activate(page, page.getByRole('button', { name: 'Complete assessment' }));
      await expect(page.getByRole('heading', { name: 'Assessment completed' })).toBeVisible();
      await expectAccessible(page, 'assessment completed');
      await activate(page, page.getByRole('link', { name: 'Return to the task list' }));
    });

    await test.step('CF-6: a review starts version 2; the change shows in the comparison', async () => {
      await activate(page, page.getByRole('button', { name: 'Start a review' }));
      await expect(page.getByText(/Review started: version 2/)).toBeVisible();
      await openSection(page, 'Views');
      const views = page.getByLabel("The child or young person's views", { exact: true });
      await expect(views).toHaveValue('Wants to go back.');
      await tabTo(page, views);
      await page.keyboard.press('End');
      await page.keyboard.type(' She is back most days now.');
      await finishSection(page, 'Views in version 2');

      await activate(page, page.getByRole('link', { name: 'Versions and comparison' }));
      await expectAccessible(page, 'the versions page');
      await chooseOption(page, page.getByLabel('Compare version'), 'Version 1 (completed)');
      await chooseOption(page, page.getByLabel('with version'), 'Version 2 (draft)');
      await activate(page, page.getByRole('button', { name: 'Compare' }));
      const changedRow = page.getByRole('row').filter({ hasText: "The child or young person's views" });
      await expect(changedRow).toContainText('Wants to go back. She is back most days now.');
      await expect(changedRow).toContainText('Changed');
      await expectAccessible(page, 'the comparison of versions 1 and 2');
    });

    await test.step('any version prints, and downloads as a PDF', async () => {
      await page.goto(`/episodes/${caf.episodeId}/versions/1/print`);
      await expect(page.getByText(caf.reference).first()).toBeVisible();
      await expect(page.getByText('Wants to go back.', { exact: true })).toBeVisible();
      await expectAccessible(page, 'the print view of version 1');
      const href = await page.getByRole('link', { name: /Download as PDF/ }).getAttribute('href');
      const pdf = await page.request.get(href ?? '');
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    });
  });
});
