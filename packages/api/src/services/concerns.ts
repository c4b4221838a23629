import {
  type DbOrTx,
  endInvolvementOn,
  findOpenEpisodeLead,
  getChild,
  getConcernInAuthority,
  getInvolvementInAuthority,
  getOrganisationSensitivity,
  insertConcern,
  insertInvolvement,
  listActiveManagerIds,
  listConcernsForChild,
  listInvolvementsForChild,
  markConcernResolved,
} from '@ecaf/db';
import {
  can,
  checkInvolvementDates,
  decideResolveConcern,
  type EndInvolvementInput,
  isoDateInLondon,
  mayEndInvolvement,
  mayResolveConcern,
  orderConcerns,
  partitionInvolvements,
  type RaiseConcernInput,
  type RecordInvolvementInput,
  type ResolveConcernInput,
} from '@ecaf/domain';
import { fail } from '../trpc';
import { audit } from './audit';
import type { SignedIn } from './episode-access';
import { deliver, notify } from './notifications';

/** SH-3: a child of the user's authority who has not been merged away, or "not found". */
export async function childInAuthority(ctx: SignedIn, tx: DbOrTx, childId: string) {
  const row = await getChild(tx, ctx.user.authorityId, childId);
  if (!row || row.mergedIntoId) fail('NOT_FOUND');
  return row;
}

/**
 * IN-1, IN-2: who is working with the child and the concerns about them, for the child page.
 * A sensitive service's involvement is left out unless the viewer may see it; the page is told
 * how many were left out, never which.
 */
export async function listForChild(ctx: SignedIn, input: { childId: string }) {
  return ctx.db.transaction(async (tx) => {
    await childInAuthority(ctx, tx, input.childId);
    const [involvements, concerns, open, ownOrganisation] = await Promise.all([
      listInvolvementsForChild(tx, input.childId),
      listConcernsForChild(tx, input.childId),
      findOpenEpisodeLead(tx, input.childId),
      ctx.user.organisationId ? getOrganisationSensitivity(tx, ctx.user.organisationId) : null,
    ]);
    const viewer = { organisationId: ctx.user.organisationId };
    const { visible, hiddenCount } = partitionInvolvements(viewer, involvements);
    const resolver = { id: ctx.user.id, role: ctx.user.role };
    const leadProfessionalUserId = open?.leadProfessionalUserId ?? null;
    await audit(ctx, tx, {
      action: 'child.concerns_viewed',
      childId: input.childId,
      ground: `role:${ctx.user.role}`,
      detail: { involvements: visible.length, hiddenInvolvements: hiddenCount, concerns: concerns.length },
    });
    return {
      canRecordInvolvement: can(ctx.user.role, 'involvement:record') && ctx.user.organisationId !== null,
      canRaiseConcern: can(ctx.user.role, 'concern:raise'),
      /** IN-1: whether the viewer's own service is sensitive, so the form asks about explicit consent. */
      ownServiceIsSensitive: ownOrganisation?.sensitiveService ?? false,
      hiddenInvolvements: hiddenCount,
      involvements: visible.map((i) => ({
        id: i.id,
        organisationName: i.organisationName,
        sensitiveService: i.sensitiveService,
        explicitConsent: i.explicitConsent,
        practitionerName: i.practitionerName,
        practitionerEmail: i.practitionerEmail,
        practitionerTelephone: i.practitionerTelephone,
        service: i.service,
        startedOn: i.startedOn,
        endedOn: i.endedOn,
        canEnd: i.endedOn === null && can(ctx.user.role, 'involvement:record') && mayEndInvolvement(viewer, i),
      })),
      concerns: orderConcerns(
        concerns.map((c) => ({
          id: c.id,
          raisedByName: c.raisedByName,
          raisedAt: c.raisedAt.toISOString(),
          description: c.description,
          resolvedByName: c.resolvedByName,
          resolvedAt: c.resolvedAt?.toISOString() ?? null,
          resolution: c.resolution,
          canResolve:
            c.resolvedAt === null &&
            can(ctx.user.role, 'concern:resolve') &&
            mayResolveConcern(resolver, { raisedBy: c.raisedBy, leadProfessionalUserId }),
        })),
      ),
    };
  });
}

/** IN-1: a practitioner records that their own organisation's service is working with the child. */
export async function recordInvolvement(ctx: SignedIn, input: RecordInvolvementInput) {
  const organisationId = ctx.user.organisationId;
  if (!organisationId) fail('FORBIDDEN', { message: 'Only a practitioner of an organisation can record involvement.' });
  const fieldErrors = checkInvolvementDates(input, { today: isoDateInLondon(ctx.now()) });
  if (Object.keys(fieldErrors).length > 0) fail('VALIDATION_FAILED', { fieldErrors });
  return ctx.db.transaction(async (tx) => {
    await childInAuthority(ctx, tx, input.childId);
    const organisation = await getOrganisationSensitivity(tx, organisationId);
    if (!organisation) fail('FORBIDDEN');
    // Explicit consent only means something for a sensitive service; others show anyway.
    const explicitConsent = organisation.sensitiveService && input.explicitConsent;
    const involvementId = await insertInvolvement(tx, {
      childId: input.childId,
      organisationId,
      practitionerId: ctx.user.id,
      service: input.service,
      startedOn: input.startedOn,
      explicitConsent,
      recordedAt: ctx.now(),
    });
    await audit(ctx, tx, {
      action: 'involvement.recorded',
      childId: input.childId,
      ground: `role:${ctx.user.role}`,
      detail: { involvementId, sensitiveService: organisation.sensitiveService, explicitConsent },
    });
    return { involvementId };
  });
}

/** IN-1: the organisation whose service it is records that the involvement ended. */
export async function endInvolvement(ctx: SignedIn, input: EndInvolvementInput) {
  return ctx.db.transaction(async (tx) => {
    const found = await getInvolvementInAuthority(tx, ctx.user.authorityId, input.involvementId);
    if (!found) fail('NOT_FOUND');
    const viewer = { organisationId: ctx.user.organisationId };
    // An involvement the viewer may not see does not exist for them (IN-1).
    if (partitionInvolvements(viewer, [found]).hiddenCount > 0) fail('NOT_FOUND');
    if (!mayEndInvolvement(viewer, found)) {
      fail('FORBIDDEN', { message: 'Only the organisation providing the service can record that it ended.' });
    }
    if (found.endedOn !== null) {
      fail('VALIDATION_FAILED', { fieldErrors: { endedOn: 'This involvement has already ended' } });
    }
    const fieldErrors = checkInvolvementDates(input, {
      today: isoDateInLondon(ctx.now()),
      startedOn: found.startedOn,
    });
    if (Object.keys(fieldErrors).length > 0) fail('VALIDATION_FAILED', { fieldErrors });
    await endInvolvementOn(tx, found.id, input.endedOn);
    await audit(ctx, tx, {
      action: 'involvement.ended',
      childId: found.childId,
      ground: `role:${ctx.user.role}`,
      detail: { involvementId: found.id },
    });
    return { childId: found.childId };
  });
}

/**
 * IN-2: a concern is recorded against the child (and the open episode, if any); its lead
 * professional and every manager of the authority are told, in the app and by email. The
 * notification names no detail of the concern: they read it on the child page.
 */
export async function raiseConcern(ctx: SignedIn, input: RaiseConcernInput) {
  const { concernId, emails, notified } = await ctx.db.transaction(async (tx) => {
    await childInAuthority(ctx, tx, input.childId);
    const open = await findOpenEpisodeLead(tx, input.childId);
    const concernId = await insertConcern(tx, {
      childId: input.childId,
      episodeId: open?.episodeId ?? null,
      raisedBy: ctx.user.id,
      raisedAt: ctx.now(),
      description: input.description,
    });
    const managers = await listActiveManagerIds(tx, ctx.user.authorityId);
    const recipients = [
      ...new Set([...(open?.leadProfessionalUserId ? [open.leadProfessionalUserId] : []), ...managers]),
    ];
    const emails = await notify(ctx, tx, [
      {
        userIds: recipients,
        kind: 'concern_raised',
        childId: input.childId,
        episodeId: open?.episodeId ?? null,
        message: open
          ? `${ctx.user.name} raised a concern about the child of ${open.reference}`
          : `${ctx.user.name} raised a concern about a child`,
        subject: 'A concern has been raised about a child',
        path: `/children/${input.childId}`,
      },
    ]);
    await audit(ctx, tx, {
      action: 'concern.raised',
      childId: input.childId,
      episodeId: open?.episodeId ?? null,
      ground: `role:${ctx.user.role}`,
      detail: { concernId, notified: recipients.filter((id) => id !== ctx.user.id).length },
    });
    return { concernId, emails, notified: recipients.filter((id) => id !== ctx.user.id).length };
  });
  await deliver(ctx, emails);
  return { concernId, notified };
}

/** IN-2: resolved once, with a reason, by the lead professional, a manager or whoever raised it. */
export async function resolveConcern(ctx: SignedIn, input: ResolveConcernInput) {
  return ctx.db.transaction(async (tx) => {
    const found = await getConcernInAuthority(tx, ctx.user.authorityId, input.concernId);
    if (!found) fail('NOT_FOUND');
    const open = await findOpenEpisodeLead(tx, found.childId);
    const decision = decideResolveConcern(
      { id: ctx.user.id, role: ctx.user.role },
      {
        raisedBy: found.raisedBy,
        resolvedAt: found.resolvedAt,
        leadProfessionalUserId: open?.leadProfessionalUserId ?? null,
      },
    );
    if (!decision.allowed) {
      if (decision.reason === 'NOT_ALLOWED') fail('FORBIDDEN', { message: decision.message });
      fail('VALIDATION_FAILED', { message: decision.message, fieldErrors: { resolution: decision.message } });
    }
    const resolved = await markConcernResolved(tx, {
      concernId: found.id,
      resolvedBy: ctx.user.id,
      resolvedAt: ctx.now(),
      resolution: input.resolution,
    });
    if (!resolved)
      fail('VALIDATION_FAILED', { fieldErrors: { resolution: 'This concern has already been resolved.' } });
    await audit(ctx, tx, {
      action: 'concern.resolved',
      childId: found.childId,
      ground: `role:${ctx.user.role}`,
      detail: { concernId: found.id },
    });
    return { childId: found.childId };
  });
}
