import {
  countEpisodesByStatus,
  countOpenDuplicatePairs,
  type DashboardScope,
  type DbOrTx,
  latestDuplicateReviewRun,
  listActionsDue,
  listActiveWithoutLead,
  listOrganisations,
  listReviewsDue,
  listVerbalConsentCandidates,
  listWithoutConsentShares,
} from '@ecaf/db';
import {
  addDaysToIsoDate,
  classifyDue,
  DASHBOARD_LIST_LIMIT,
  type DashboardFilters,
  DUE_SOON_DAYS,
  dashboardListUntil,
  isoDateInLondon,
  unconfirmedVerbalConsent,
  VERBAL_CONFIRMATION_DAYS,
} from '@ecaf/domain';
import { audit } from './audit';
import type { SignedIn } from './episode-access';

/**
 * CO-4: the episodes whose standing consent to share is verbal and unconfirmed, as the domain
 * reads it. `lapsed` is past the 14 days; `awaiting` is still within them.
 */
async function verbalConsents(ctx: SignedIn, scope: DashboardScope, today: string, overdueOnly: boolean) {
  // Lapsed means today is after decidedOn + 14 days: given on or before today − 15.
  const lapsedIfOnOrBefore = addDaysToIsoDate(today, -(VERBAL_CONFIRMATION_DAYS + 1));
  const candidates = await listVerbalConsentCandidates(ctx.db, ctx.user.authorityId, scope, {
    decidedOnOrBefore: overdueOnly ? lapsedIfOnOrBefore : today,
  });
  const found = candidates.flatMap((c) => {
    const verbal = unconfirmedVerbalConsent(c.consentToShare ?? [], today);
    if (!verbal) return [];
    return [
      {
        episodeId: c.episodeId,
        reference: c.reference,
        childId: c.childId,
        childName: c.childName,
        leadName: c.leadName,
        decidedOn: verbal.decidedOn,
        dueOn: verbal.dueOn,
        overdue: verbal.lapsed,
      },
    ];
  });

  const listed = found.filter((f) => !overdueOnly || f.overdue).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return {
    total: listed.length,
    overdue: found.filter((f) => f.overdue).length,
    rows: listed.slice(0, DASHBOARD_LIST_LIMIT),
  };
}

/**
 * The manager's dashboard (screen 7), for the manager's own authority only: episodes by status,
 * active episodes without a lead professional (LP-1), reviews (PL-2) and actions (PL-1) overdue
 * or due soon, verbal consents unconfirmed (CO-4), shares without consent (CO-7) and open
 * pairs from the latest duplicate review. Counts are exact; lists stop at 50. The view is audited.
 */
/** CH-2: the pairs the latest duplicate review found that no one has decided yet. */
async function possibleDuplicates(db: DbOrTx, authorityId: string) {
  const latest = await latestDuplicateReviewRun(db, authorityId);
  if (!latest) return { openPairs: 0, lastRunFinishedAt: null };
  return {
    openPairs: await countOpenDuplicatePairs(db, latest.run.id),
    lastRunFinishedAt: latest.run.finishedAt?.toISOString() ?? null,
  };
}

export async function dashboardOverview(ctx: SignedIn, filters: DashboardFilters) {
  const authorityId = ctx.user.authorityId;
  const today = isoDateInLondon(ctx.now());
  const until = dashboardListUntil(today, filters.overdueOnly, DUE_SOON_DAYS);
  const scope: DashboardScope = { organisationId: filters.organisationId ?? null, status: filters.status ?? null };
  const limit = DASHBOARD_LIST_LIMIT;

  const [organisations, byStatus, withoutLead, reviews, actions, verbal, shares, duplicates] = await Promise.all([
    listOrganisations(ctx.db, authorityId),
    countEpisodesByStatus(ctx.db, authorityId, scope),
    listActiveWithoutLead(ctx.db, authorityId, scope, limit),
    listReviewsDue(ctx.db, authorityId, scope, { today, until, limit }),
    listActionsDue(ctx.db, authorityId, scope, { today, until, limit }),
    verbalConsents(ctx, scope, today, filters.overdueOnly),
    listWithoutConsentShares(ctx.db, authorityId, scope, limit),
    possibleDuplicates(ctx.db, authorityId),
  ]);
  // The filter must name one of the authority's organisations: another's answers nothing anyway.
  await ctx.db.transaction((tx) =>
    audit(ctx, tx, {
      action: 'dashboard.viewed',
      ground: 'manager',
      detail: {
        organisationId: scope.organisationId,
        status: scope.status,
        overdueOnly: filters.overdueOnly,
      },
    }),
  );

  return {
    today,
    filters: { organisationId: scope.organisationId, status: scope.status, overdueOnly: filters.overdueOnly },
    organisations: organisations.map((o) => ({ id: o.id, name: o.name })),
    listLimit: limit,
    counts: {
      byStatus,
      withoutLeadProfessional: withoutLead.total,
      reviewsOverdue: reviews.overdue,
      actionsOverdue: actions.overdue,
      verbalConsentsUnconfirmed: verbal.overdue,
      sharesWithoutConsent: shares.total,
      possibleDuplicates: duplicates.openPairs,
    },
    withoutLeadProfessional: { total: withoutLead.total, rows: withoutLead.rows },
    reviews: {
      total: reviews.total,
      rows: reviews.rows.map((r) => ({ ...r, due: classifyDue(r.nextReviewOn, today) })),
    },
    actions: {
      total: actions.total,
      rows: actions.rows.map((a) => ({ ...a, due: classifyDue(a.dueOn, today) })),
    },
    verbalConsents: { total: verbal.total, rows: verbal.rows },
    sharesWithoutConsent: { total: shares.total, rows: shares.rows },
    possibleDuplicates: duplicates,
  };
}

export type DashboardOverview = Awaited<ReturnType<typeof dashboardOverview>>;
