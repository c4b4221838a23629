import {
  type ChildRow,
  getChild,
  insertChildWithParents,
  listEpisodesForChild,
  listParentsAndCarers,
  matchRecordOf,
} from '@ecaf/db';
import {
  blankToNull,
  type ChildDetails,
  childDisplayName,
  decideRegistration,
  parseChildQuery,
  type RegisterChildInput,
} from '@ecaf/domain';
import type { PersonRecord } from '@ecaf/matching';
import type { Context, CurrentUser } from '../context';
import { fail } from '../trpc';
import { audit } from './audit';
import { type ChildMatch, findMatches, indexChild, modelInUse } from './child-matching';

type SignedIn = Context & { user: CurrentUser };

const SEARCH_LIMIT = 25;
const REGISTRATION_MATCH_LIMIT = 10;

function toResult({ child, score }: ChildMatch) {
  return {
    id: child.id,
    name: childDisplayName(child),
    dateOfBirth: child.dateOfBirth,
    expectedDateOfDelivery: child.expectedDateOfDelivery,
    postcode: child.postcode,
    nhsNumber: child.nhsNumber,
    hasOpenEpisode: child.hasOpenEpisode,
    band: score.band,
    probability: score.probability,
    explanation: score.explanation,
    reasons: score.reasons,
    against: score.against,
  };
}

/**
 * What a search box query describes. Two or more words are first names then a surname (the
 * engine also tries them the other way round); one word may be either, so both are looked up.
 */
export function describedBySearch(query: string): PersonRecord[] {
  const parsed = parseChildQuery(query);
  const known = {
    dateOfBirth: parsed.dateOfBirth ?? null,
    postcode: parsed.postcode ?? null,
    nhsNumber: parsed.nhsNumber ?? null,
    upn: parsed.upn ?? null,
  };
  const terms = parsed.nameTerms;
  if (terms.length === 0) return [{ id: 'search', ...known }];
  if (terms.length === 1) {
    return [
      { id: 'search', familyName: terms[0], ...known },
      { id: 'search', givenNames: terms[0], ...known },
    ];
  }
  return [{ id: 'search', givenNames: terms.slice(0, -1).join(' '), familyName: terms.at(-1), ...known }];
}

/**
 * The child index search (screen 3), through the matching engine (CH-1): each result carries
 * how likely it is to be the child and why. SH-3: basic identifying details only. Each search
 * is audited, not its terms.
 */
export async function searchChildren(ctx: SignedIn, query: string) {
  const { scorer } = await modelInUse(ctx.db, ctx.user.authorityId);
  const matches = await findMatches(ctx.db, scorer, ctx.user.authorityId, describedBySearch(query), {
    minBand: 'possible',
    orEvidence: true,
    limit: SEARCH_LIMIT,
  });
  await ctx.db.transaction((tx) =>
    audit(ctx, tx, {
      action: 'child_index.searched',
      ground: `role:${ctx.user.role}`,
      detail: { results: matches.length },
    }),
  );
  return { results: matches.map(toResult) };
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

function describedByRegistration(details: ChildDetails): PersonRecord {
  return matchRecordOf({
    id: 'registering',
    givenNames: details.givenNames,
    familyName: details.familyName,
    sex: details.sex,
    dateOfBirth: details.isUnborn ? null : blankToNull(details.dateOfBirth),
    expectedDateOfDelivery: details.isUnborn ? blankToNull(details.expectedDateOfDelivery) : null,
    address: blankToNull(details.address),
    postcode: blankToNull(details.postcode),
    telephone: blankToNull(details.telephone),
    nhsNumber: blankToNull(details.nhsNumber),
    upn: blankToNull(details.upn),
    schoolName: blankToNull(details.schoolName),
  });
}

export async function registerChild(ctx: SignedIn, input: RegisterChildInput) {
  const { scorer } = await modelInUse(ctx.db, ctx.user.authorityId);
  const outcome = await ctx.db.transaction(async (tx) => {
    const matches = await findMatches(tx, scorer, ctx.user.authorityId, [describedByRegistration(input.child)], {
      minBand: 'possible',
      limit: REGISTRATION_MATCH_LIMIT,
    });
    const matchIds = matches.map((m) => m.child.id);
    const decision = decideRegistration({
      matchIds,
      confirmedNoneMatch: input.confirmedNoneMatch,
      shownMatchIds: input.shownMatchIds,
    });
    if (!decision.allowed) {
      // The refusal shows other children's identifying details: that read is audited like a
      // search, with the ids shown, and committed although nothing is registered.
      await audit(ctx, tx, {
        action: 'child_index.possible_matches_shown',
        ground: `role:${ctx.user.role}`,
        detail: { matchIds },
      });
      return { refused: true as const, message: decision.message, matches: matches.map(toResult) };
    }
    const d = input.child;
    const now = ctx.now();
    const values = {
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
    };
    const childId = await insertChildWithParents(
      tx,
      values,
      input.parents.map((p) => ({
        name: p.name,
        relationship: p.relationship,
        address: blankToNull(p.address),
        telephone: blankToNull(p.telephone),
        email: blankToNull(p.email),
        parentalResponsibility: p.parentalResponsibility === 'yes',
      })),
    );
    await indexChild(tx, ctx.user.authorityId, { ...values, id: childId });
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
