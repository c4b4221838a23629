import {
  type ChildRow,
  type ChildSearchHit,
  findPossibleMatches,
  getChild,
  insertChildWithParents,
  listEpisodesForChild,
  listParentsAndCarers,
  searchChildIndex,
} from '@ecaf/db';
import {
  blankToNull,
  type ChildDetails,
  childDisplayName,
  decideRegistration,
  describeMatch,
  parseChildQuery,
  type RegisterChildInput,
} from '@ecaf/domain';
import type { Context, CurrentUser } from '../context';
import { fail } from '../trpc';
import { audit } from './audit';

type SignedIn = Context & { user: CurrentUser };

const SEARCH_LIMIT = 25;

function toResult(hit: ChildSearchHit) {
  const { reasons, band } = describeMatch(hit);
  return {
    id: hit.id,
    name: childDisplayName(hit),
    dateOfBirth: hit.dateOfBirth,
    expectedDateOfDelivery: hit.expectedDateOfDelivery,
    postcode: hit.postcode,
    nhsNumber: hit.nhsNumber,
    hasOpenEpisode: hit.hasOpenEpisode,
    reasons,
    band,
  };
}

/** SH-3: the index shows basic identifying details only. Each search is audited, not its terms. */
export async function searchChildren(ctx: SignedIn, query: string) {
  const parsed = parseChildQuery(query);
  const hits = await searchChildIndex(ctx.db, {
    authorityId: ctx.user.authorityId,
    name: parsed.nameTerms.join(' ') || undefined,
    dateOfBirth: parsed.dateOfBirth,
    postcode: parsed.postcode,
    postcodeOutward: parsed.postcodeOutward,
    nhsNumber: parsed.nhsNumber,
    upn: parsed.upn,
    limit: SEARCH_LIMIT,
  });
  await ctx.db.transaction((tx) =>
    audit(ctx, tx, {
      action: 'child_index.searched',
      ground: `role:${ctx.user.role}`,
      detail: { results: hits.length },
    }),
  );
  return { results: hits.map(toResult) };
}

/** A child's identifying details as the child page shows them (and the right of access export). */
export function childView(row: ChildRow) {
  return {
    id: row.id,
    name: childDisplayName(row),
    givenNames: row.givenNames,
    familyName: row.familyName,
    alsoKnownAs: row.alsoKnownAs,
    sex: row.sex,
    isUnborn: row.isUnborn,
    dateOfBirth: row.dateOfBirth,
    expectedDateOfDelivery: row.expectedDateOfDelivery,
    motherName: row.motherName,
    address: row.address,
    postcode: row.postcode,
    telephone: row.telephone,
    ethnicity: row.ethnicity,
    ethnicityOther: row.ethnicityOther,
    firstLanguage: row.firstLanguage,
    parentFirstLanguage: row.parentFirstLanguage,
    interpreterNeeded: row.interpreterNeeded,
    disability: row.disability,
    disabilityDetails: row.disabilityDetails,
    specialRequirements: row.specialRequirements,
    nhsNumber: row.nhsNumber,
    upn: row.upn,
    schoolName: row.schoolName,
    gpPractice: row.gpPractice,
    religion: row.religion,
    youngCarer: row.youngCarer,
    specialEducationalNeeds: row.specialEducationalNeeds,
  };
}

/** The child page (screen 4): identifying details, parents and carers, episodes. Every view is audited. */
export async function viewChild(ctx: SignedIn, childId: string) {
  return ctx.db.transaction(async (tx) => {
    const row = await getChild(tx, ctx.user.authorityId, childId);
    if (!row) fail('NOT_FOUND');
    if (row.mergedIntoId) {
      fail('NOT_FOUND', {
        message: 'This record was merged into another.',
        details: { mergedIntoId: row.mergedIntoId },
      });
    }
    const [parents, episodes] = await Promise.all([
      listParentsAndCarers(tx, childId),
      listEpisodesForChild(tx, childId),
    ]);
    await audit(ctx, tx, { action: 'child.viewed', childId, ground: `role:${ctx.user.role}` });
    return {
      child: childView(row),
      parents,
      episodes: episodes.map((e) => ({
        ...e,
        startedAt: e.startedAt.toISOString(),
        closedAt: e.closedAt?.toISOString() ?? null,
      })),
    };
  });
}

function candidateFrom(ctx: SignedIn, details: ChildDetails) {
  return {
    authorityId: ctx.user.authorityId,
    givenNames: details.givenNames,
    familyName: details.familyName,
    dateOfBirth: blankToNull(details.dateOfBirth) ?? undefined,
    postcode: blankToNull(details.postcode) ?? undefined,
    nhsNumber: blankToNull(details.nhsNumber) ?? undefined,
    upn: blankToNull(details.upn) ?? undefined,
  };
}

export async function registerChild(ctx: SignedIn, input: RegisterChildInput) {
  const outcome = await ctx.db.transaction(async (tx) => {
    const matches = await findPossibleMatches(tx, candidateFrom(ctx, input.child));
    const decision = decideRegistration({
      matchIds: matches.map((m) => m.id),
      confirmedNoneMatch: input.confirmedNoneMatch,
      shownMatchIds: input.shownMatchIds,
    });
    if (!decision.allowed) {
      // The refusal shows other children's identifying details: that read is audited like a
      // search, with the ids shown, and committed although nothing is registered.
      await audit(ctx, tx, {
        action: 'child_index.possible_matches_shown',
        ground: `role:${ctx.user.role}`,
        detail: { matchIds: matches.map((m) => m.id) },
      });
      return { refused: true as const, message: decision.message, matches: matches.map(toResult) };
    }
    const d = input.child;
    const now = ctx.now();
    const childId = await insertChildWithParents(
      tx,
      {
        authorityId: ctx.user.authorityId,
        givenNames: d.givenNames,
        familyName: d.familyName,
        alsoKnownAs: blankToNull(d.alsoKnownAs),
        sex: d.sex,
        isUnborn: d.isUnborn,
        dateOfBirth: d.isUnborn ? null : blankToNull(d.dateOfBirth),
        expectedDateOfDelivery: d.isUnborn ? blankToNull(d.expectedDateOfDelivery) : null,
        motherName: blankToNull(d.motherName),
        address: blankToNull(d.address),
        postcode: blankToNull(d.postcode),
        telephone: blankToNull(d.telephone),
        ethnicity: blankToNull(d.ethnicity),
        ethnicityOther: blankToNull(d.ethnicityOther),
        firstLanguage: blankToNull(d.firstLanguage),
        parentFirstLanguage: blankToNull(d.parentFirstLanguage),
        interpreterNeeded: d.interpreterNeeded,
        disability: d.disability,
        disabilityDetails: blankToNull(d.disabilityDetails),
        specialRequirements: blankToNull(d.specialRequirements),
        nhsNumber: blankToNull(d.nhsNumber),
        upn: blankToNull(d.upn),
        schoolName: blankToNull(d.schoolName),
        gpPractice: blankToNull(d.gpPractice),
        religion: blankToNull(d.religion),
        youngCarer: d.youngCarer,
        specialEducationalNeeds: d.specialEducationalNeeds,
        registrationConfirmation:
          matches.length > 0
            ? { confirmedNoneMatch: true, shownMatchIds: input.shownMatchIds, by: ctx.user.id, at: now }
            : null,
        createdBy: ctx.user.id,
        createdAt: now,
        updatedAt: now,
      },
      input.parents.map((p) => ({
        name: p.name,
        relationship: p.relationship,
        address: blankToNull(p.address),
        telephone: blankToNull(p.telephone),
        email: blankToNull(p.email),
        parentalResponsibility: p.parentalResponsibility === 'yes',
      })),
    );
    await audit(ctx, tx, {
      action: 'child.registered',
      childId,
      ground: `role:${ctx.user.role}`,
      detail: matches.length > 0 ? { confirmedNoneMatch: true, shownMatchIds: input.shownMatchIds } : null,
    });
    return { refused: false as const, childId };
  });
  if (outcome.refused) fail('POSSIBLE_DUPLICATE', { message: outcome.message, details: { matches: outcome.matches } });
  return { childId: outcome.childId };
}
