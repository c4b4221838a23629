import type { APIRequestContext } from '@playwright/test';
import { ChildPage } from '../pages/ChildPage';
import { DashboardPage } from '../pages/DashboardPage';
import { DuplicatePairPage, DuplicatesPage, MergedRecordPage, UndoMergePage } from '../pages/DuplicatesPages';
import { fieldErrorDescription } from '../pages/ErrorSummary';
import { FindChildPage } from '../pages/FindChildPage';
import { RegisterChildPage } from '../pages/RegisterChildPage';
import { startCafThroughApi, trpc } from '../support/caf-setup';
import { CLIENT_HEADER, expect, expectAccessible, test } from '../support/fixtures';
import { activate } from '../support/keyboard';
import { type DateParts, fullName, isoDate, uniqueNhsNumber, uniqueWord } from '../support/test-data';

/** CH-1 and CH-2: the child index finds a child however their details were typed, once. */

/** A date whose day and month are both 1–12 and differ, so that swapping them gives another real date. */
function swappableDateOfBirth(): DateParts {
  const day = 1 + Math.floor(Math.random() * 12);
  const month = day === 12 ? 1 : day + 1;
  return { day, month, year: 2012 + Math.floor(Math.random() * 9) };
}

type RegisterInput = {
  givenNames: string;
  familyName: string;
  sex: 'male' | 'female';
  dateOfBirth: DateParts;
  postcode?: string;
  nhsNumber?: string;
};

function registration(child: RegisterInput, confirm?: { shownMatchIds: string[] }) {
  return {
    child: {
      givenNames: child.givenNames,
      familyName: child.familyName,
      sex: child.sex,
      isUnborn: false,
      dateOfBirth: isoDate(child.dateOfBirth),
      postcode: child.postcode ?? '',
      nhsNumber: child.nhsNumber ?? '',
    },
    parents: [],
    ...(confirm ? { confirmedNoneMatch: true, shownMatchIds: confirm.shownMatchIds } : {}),
  };
}

/**
 * Registers the same child a second time, as happens when a practitioner does not recognise a
 * match: refused first with the matches (POSSIBLE_DUPLICATE), then registered after "none of
 * these is the child".
 */
async function registerAgainThroughApi(request: APIRequestContext, child: RegisterInput): Promise<string> {
  const refused = await request.post('/trpc/children.register', {
    headers: CLIENT_HEADER,
    data: registration(child),
  });
  expect(refused.status(), await refused.text()).toBe(409);
  const body = (await refused.json()) as { error: { data: { details: { matches: { id: string }[] } } } };
  const shownMatchIds = body.error.data.details.matches.map((m) => m.id);
  expect(shownMatchIds.length).toBeGreaterThan(0);
  const { childId } = await trpc<{ childId: string }>(
    request,
    'children.register',
    registration(child, { shownMatchIds }),
  );
  return childId;
}

type PairsPage = {
  total: number;
  pageSize: number;
  pairs: { id: string; a: { id: string }; b: { id: string } }[];
};

/** The pair of the latest review made of these two children, looked for page by page. */
async function findPair(request: APIRequestContext, runId: string, childIds: [string, string]): Promise<string> {
  for (let page = 1; page < 200; page++) {
    const found = await trpc<PairsPage>(request, 'duplicates.pairs', { runId, status: 'open', page });
    const pair = found.pairs.find((p) => childIds.includes(p.a.id) && childIds.includes(p.b.id));
    if (pair) return pair.id;
    if (page * found.pageSize >= found.total) break;
  }
  throw new Error('the duplicate review did not pair the two records of the same child');
}

test.describe('Find the child, once', () => {
  test('CH-1: registering a child already registered under a nickname, misspelt, with day and month swapped, shows the match with its band and why', async ({
    page,
    signInAs,
  }) => {
    await signInAs('practitioner');
    // Made-up surnames end in "ston": misspelt "sten", they still sound the same.
    const stem = uniqueWord(6);
    const dateOfBirth = swappableDateOfBirth();
    const william = {
      givenNames: 'William',
      familyName: `${stem}ston`,
      sex: 'male',
      dateOfBirth,
      postcode: 'LS6 2AB',
      nhsNumber: uniqueNhsNumber(),
    } as const;
    await trpc(page.request, 'children.register', registration(william));

    const bill = { givenNames: 'Bill', familyName: `${stem}sten` };
    const swapped = { ...dateOfBirth, day: dateOfBirth.month, month: dateOfBirth.day };

    const find = new FindChildPage(page);
    await find.goto();
    await find.searchFor(fullName(bill));
    await find.registerNewChild.click();

    const register = new RegisterChildPage(page);
    await register.verifyOnPage();
    await expect(register.givenNames).toHaveValue(bill.givenNames);
    await expect(register.familyName).toHaveValue(bill.familyName);
    await register.fillBornChild('Male', swapped);
    await register.postcode.fill('LS6 2AB');
    await register.registerChild.click();

    // The match, with its band in words and the reasons, the nickname among them.
    await expect(register.possibleMatches).toBeVisible();
    const match = register.matchRow(fullName(william));
    await expect(match.locator('.govuk-tag')).toHaveText(
      /^(Very likely the same child|Likely the same child|Possibly the same child)$/,
    );
    await expect(match.getByRole('listitem').filter({ hasText: 'Bill is a nickname of William' })).toBeVisible();
    await expect(
      match.getByRole('listitem').filter({ hasText: 'Date of birth with the day and month swapped' }),
    ).toBeVisible();
    await expect(match.getByRole('listitem').filter({ hasText: 'Same postcode' })).toBeVisible();
    await expect(register.errorSummary.alert).toContainText('This child may already be registered');
    await expectAccessible(page, 'Register a new child with a match and its explanation');

    // CH-1 as before: registering anyway needs "none of these is the child", and keeps what was typed.
    await register.registerAnyway.click();
    await register.errorSummary.expectFocused();
    await expect(
      register.possibleMatches.getByRole('group', { name: 'Confirm before registering' }),
    ).toHaveAccessibleDescription(
      fieldErrorDescription('Select that none of these is the child you are registering, or open their record'),
    );
    await expect(register.givenNames).toHaveValue(bill.givenNames);
    await register.noneOfTheseIsTheChild.check();
    await register.registerAnyway.click();
    const billPage = new ChildPage(page, fullName(bill));
    await billPage.verifyOnPage();
    await expect(billPage.registeredBanner).toContainText(`${fullName(bill)} has been registered`);
  });

  test('CH-2: a manager runs the duplicate review, merges a pair, the merged record is a tombstone, and the merge is undone', async ({
    page,
    signInAs,
    pageAs,
  }) => {
    // The review looks through every child of the authority, the demo children too.
    test.setTimeout(300_000);

    // A child with an open CAF, registered again without the NHS number by another practitioner.
    const practitioner = await pageAs('practitioner');
    const caf = await startCafThroughApi(practitioner.request);
    const name = fullName(caf.child);
    const keptId = caf.childId;
    const mergedId = await registerAgainThroughApi(practitioner.request, {
      givenNames: caf.child.givenNames,
      familyName: caf.child.familyName,
      sex: 'female',
      dateOfBirth: caf.child.dateOfBirth,
    });

    // The manager finds the review among their tools on the dashboard.
    await signInAs('manager');
    const dashboard = new DashboardPage(page);
    await dashboard.goto();
    await page.getByRole('link', { name: 'Review possible duplicates' }).click();
    const duplicates = new DuplicatesPage(page);
    await duplicates.verifyOnPage();
    await expectAccessible(page, 'the duplicate review before it runs');

    // By keyboard: the button goes while the review runs, so focus moves to the section's heading.
    await activate(page, duplicates.runReview);
    await expect(page.getByRole('heading', { level: 2, name: 'The duplicate review' })).toBeFocused();
    // The progress bar while it runs (a small index may finish first), then the end, said once.
    await expect(duplicates.progress.or(duplicates.lastReview).first()).toBeVisible();
    await expect(duplicates.status).toContainText('The duplicate review has', { timeout: 10_000 });
    await expect(duplicates.status).toContainText('The duplicate review has finished', { timeout: 240_000 });
    await expect(duplicates.progress).toHaveCount(0);
    await expect(duplicates.pairsTable).toBeVisible();
    await expect(duplicates.pairsTable.getByRole('link', { name: /^Compare / }).first()).toBeVisible();
    await expectAccessible(page, 'the duplicate review with its pairs');

    // The test's own pair, wherever it is in the list.
    const overview = await trpc<{ latestRun: { id: string } | null }>(page.request, 'duplicates.overview', {});
    const runId = overview.latestRun?.id;
    if (!runId) throw new Error('no review run');
    const pairId = await findPair(page.request, runId, [keptId, mergedId]);

    const pair = new DuplicatePairPage(page);
    await pair.goto(pairId);
    await expect(pair.comparisonRow('Given names')).toContainText('Same first name');
    await expect(pair.evidence).toBeVisible();
    // The record with the open CAF is suggested.
    const keepOpen = pair.keepRecord
      .locator('.govuk-radios__item')
      .filter({ hasText: '1 CAF, open' })
      .getByRole('radio');
    await expect(keepOpen).toBeChecked();
    await expectAccessible(page, 'the pair page');

    // A merge needs a reason: beside the field and in the summary at the top; the choice is kept.
    await pair.merge.click();
    await pair.errorSummary.expectFocused();
    await expect(pair.errorSummary.link('Enter why these are the same child')).toBeVisible();
    await expect(pair.mergeReason).toHaveAccessibleDescription(
      fieldErrorDescription('Enter why these are the same child'),
    );
    await expect(page).toHaveTitle(/^Error: Are these the same child\?/);
    await expect(keepOpen).toBeChecked();
    await expectAccessible(page, 'the pair page with an error');

    await pair.errorSummary.link('Enter why these are the same child').click();
    await expect(pair.mergeReason).toBeFocused();
    await page.keyboard.type('Same name and date of birth; the school confirmed it is one child.');
    await activate(page, pair.merge);

    await expect(pair.successBanner).toBeFocused();
    await expect(pair.successBanner).toContainText('The records have been merged');
    await expect(pair.undoReason).toBeVisible();
    await expect(pair.undo).toBeVisible();
    await expectAccessible(page, 'the pair page after the merge');

    // The tombstone: the index finds one child, and the merged record says where it went.
    const find = new FindChildPage(page);
    await find.goto();
    await find.searchFor(name);
    await expect(find.results.getByRole('link', { name, exact: true })).toHaveCount(1);
    await expect(find.results.getByRole('link', { name, exact: true })).toHaveAttribute('href', `/children/${keptId}`);
    const tombstone = new MergedRecordPage(page);
    await tombstone.goto(mergedId);
    await expectAccessible(page, 'a merged record');
    await tombstone.goToRecord.click();
    await new ChildPage(page, name).verifyOnPage();
    await expect(page).toHaveURL(new RegExp(`/children/${keptId}$`));

    // Undo, from the list of recent merges.
    await duplicates.goto();
    const mergeRow = duplicates.mergeRow(name, name);
    await expect(mergeRow).toBeVisible();
    await mergeRow.getByRole('link', { name: /^Undo merge/ }).click();
    const undo = new UndoMergePage(page);
    await undo.verifyOnPage();
    await expectAccessible(page, 'undo a merge');
    await undo.reason.fill('Checked again with the school: they are two children.');
    await undo.undo.click();
    await duplicates.verifyOnPage();
    await expect(duplicates.successBanner).toContainText('The merge has been undone');
    await expect(mergeRow).toContainText('Undone on');

    // Both records are found again.
    await find.goto();
    await find.searchFor(name);
    await expect(find.results.getByRole('link', { name, exact: true })).toHaveCount(2);
    await new ChildPage(page, name).goto(mergedId);
  });
});
