import {
  endTeamFamilyMember,
  findOpenEpisodeOfChild,
  getActivePractitioner,
  getChild,
  getEpisodeForAccess,
  getJoinRequest,
  hasPendingJoinRequest,
  insertJoinRequest,
  insertTeamFamilyMember,
  insertTeamMember,
  listJoinRequests,
  listParentsAndCarers,
  listTeam,
  listTeamFamilyMembers,
  markJoinRequestDecided,
} from '@ecaf/db';
import {
  canAddTeamMember,
  canDecideJoinRequest,
  canRequestToJoin,
  childDisplayName,
  type DecideJoinRequestInput,
  decideEpisodeAccess,
  type RequestToJoinInput,
  type TeamFamilyMemberInput,
} from '@ecaf/domain';
import { fail } from '../trpc';
import { audit } from './audit';
import { type SignedIn, viewerOf, withEpisode } from './episode-access';
import { deliver, notify } from './notifications';

/**
 * The Team Around the Child (screen 5): practitioners and family members with joining and
 * leaving dates, and requests to join (CF-1) that the lead professional decides (LP-4, SH-4).
 */

// ---- The team ----

export async function getTeam(ctx: SignedIn, input: { episodeId: string }) {
  return withEpisode(ctx, input.episodeId, 'read', async (tx, opened) => {
    const [practitioners, family, parents, child] = await Promise.all([
      listTeam(tx, opened.episode.id),
      listTeamFamilyMembers(tx, opened.episode.id),
      listParentsAndCarers(tx, opened.episode.childId),
      getChild(tx, ctx.user.authorityId, opened.episode.childId),
    ]);
    if (!child) fail('INTERNAL');
    await audit(ctx, tx, {
      action: 'team.viewed',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
    });
    const canCoordinate = decideEpisodeAccess(viewerOf(ctx.user), opened.relationships, 'coordinate').allowed;
    const currentFamily = family.filter((f) => f.leftAt === null);
    const childName = childDisplayName(child);
    return {
      episode: { id: opened.episode.id, reference: opened.episode.reference, status: opened.episode.status },
      leadProfessionalUserId: opened.leadProfessionalUserId,
      canCoordinate,
      practitioners: practitioners.map((m) => ({
        userId: m.userId,
        name: m.name,
        jobTitle: m.jobTitle,
        organisation: m.organisation,
        basis: m.basis,
        joinedAt: m.joinedAt.toISOString(),
        leftAt: m.leftAt?.toISOString() ?? null,
      })),
      family: family.map((f) => ({
        id: f.id,
        kind: f.isChild ? ('child' as const) : ('person' as const),
        personId: f.personId,
        name: f.isChild ? childName : (f.name ?? 'Parent or carer'),
        relationship: f.isChild
          ? 'The child or young person'
          : (parents.find((p) => p.id === f.personId)?.relationship ?? 'Parent or carer'),
        joinedAt: f.joinedAt.toISOString(),
        leftAt: f.leftAt?.toISOString() ?? null,
      })),
      // Who could be added: the child's parents and carers, and the child (not an unborn baby).
      familyCandidates: canCoordinate
        ? [
            ...parents
              .filter((p) => !currentFamily.some((f) => f.personId === p.id))
              .map((p) => ({ kind: 'person' as const, personId: p.id, name: p.name, relationship: p.relationship })),
            ...(!child.isUnborn && !currentFamily.some((f) => f.isChild)
              ? [{ kind: 'child' as const, personId: null, name: childName, relationship: 'The child or young person' }]
              : []),
          ]
        : [],
    };
  });
}

export async function addFamilyMember(ctx: SignedIn, input: TeamFamilyMemberInput) {
  return withEpisode(ctx, input.episodeId, 'coordinate', async (tx, opened) => {
    const [parents, family, child] = await Promise.all([
      listParentsAndCarers(tx, opened.episode.childId),
      listTeamFamilyMembers(tx, opened.episode.id),
      getChild(tx, ctx.user.authorityId, opened.episode.childId),
    ]);
    if (!child) fail('INTERNAL');
    const { member } = input;
    if (opened.episode.status === 'closed') {
      fail('VALIDATION_FAILED', { fieldErrors: { member: 'This CAF is closed. Reopen it to change the team.' } });
    }
    if (member.kind === 'person' && !parents.some((p) => p.id === member.personId)) {
      fail('VALIDATION_FAILED', { fieldErrors: { member: 'Choose a parent or carer of this child' } });
    }
    if (member.kind === 'child' && child.isUnborn) {
      fail('VALIDATION_FAILED', { fieldErrors: { member: 'An unborn baby cannot be a member of the team' } });
    }
    const current = family.filter((f) => f.leftAt === null);
    if (current.some((f) => (member.kind === 'child' ? f.isChild : f.personId === member.personId))) {
      fail('VALIDATION_FAILED', { fieldErrors: { member: 'They are already in the team' } });
    }
    await insertTeamFamilyMember(tx, {
      episodeId: opened.episode.id,
      personId: member.kind === 'person' ? member.personId : null,
      isChild: member.kind === 'child',
      addedBy: ctx.user.id,
      now: ctx.now(),
    });
    await audit(ctx, tx, {
      action: 'team.family_member_added',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: member.kind === 'person' ? { personId: member.personId } : { child: true },
    });
    return { added: true };
  });
}

export async function removeFamilyMember(ctx: SignedIn, input: TeamFamilyMemberInput) {
  return withEpisode(ctx, input.episodeId, 'coordinate', async (tx, opened) => {
    const { member } = input;
    const ended = await endTeamFamilyMember(tx, {
      episodeId: opened.episode.id,
      personId: member.kind === 'person' ? member.personId : null,
      isChild: member.kind === 'child',
      removedBy: ctx.user.id,
      now: ctx.now(),
    });
    if (!ended) fail('NOT_FOUND', { message: 'They are not in the team.' });
    await audit(ctx, tx, {
      action: 'team.family_member_removed',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: member.kind === 'person' ? { personId: member.personId } : { child: true },
    });
    return { removed: true };
  });
}

// ---- Requests to join (CF-1) ----

/**
 * CF-1: a practitioner told that the child already has an open CAF asks to join its team. They
 * are not related to the episode, so they cannot pass the access policy's 'read': any active
 * practitioner of the authority may ask about a child of the authority with an open episode,
 * which CF-1 has already told them exists. They learn nothing more than CF-1 told them.
 */
export async function requestToJoin(ctx: SignedIn, input: RequestToJoinInput) {
  const outcome = await ctx.db.transaction(async (tx) => {
    const requester = await getActivePractitioner(tx, ctx.user.authorityId, ctx.user.id);
    if (!requester) fail('FORBIDDEN');
    const open = await findOpenEpisodeOfChild(tx, ctx.user.authorityId, input.childId);
    if (!open) fail('NOT_FOUND', { message: 'This child has no open CAF to join.' });
    const loaded = await getEpisodeForAccess(tx, ctx.user.authorityId, open.id);
    if (!loaded) fail('NOT_FOUND');
    const decision = canRequestToJoin({
      episodeStatus: loaded.episode.status,
      alreadyInvolved:
        loaded.leadProfessionalUserId === ctx.user.id ||
        loaded.assessors.some((a) => a.userId === ctx.user.id) ||
        loaded.team.some((m) => m.userId === ctx.user.id),
      hasPendingRequest: await hasPendingJoinRequest(tx, open.id, ctx.user.id),
    });
    if (!decision.allowed) fail('JOIN_REQUEST_REFUSED', { message: decision.message });
    const requestId = await insertJoinRequest(tx, {
      episodeId: open.id,
      userId: ctx.user.id,
      organisationId: requester.organisationId,
      message: input.message,
      requestedAt: ctx.now(),
    });
    await audit(ctx, tx, {
      action: 'team.join_requested',
      childId: loaded.episode.childId,
      episodeId: open.id,
      detail: { requestId },
    });
    // The lead professional decides; before one is assigned, the assessor (who acts as one).
    const decider =
      loaded.leadProfessionalUserId ?? loaded.assessors.find((a) => a.role === 'assessor')?.userId ?? null;
    const emails = decider
      ? await notify(ctx, tx, [
          {
            userIds: [decider],
            kind: 'join_requested',
            episodeId: open.id,
            childId: loaded.episode.childId,
            message: `${requester.name} asked to join the team for ${open.reference}.`,
            subject: 'A practitioner has asked to join a Team Around the Child',
            path: `/episodes/${open.id}/team/requests`,
          },
        ])
      : [];
    return { requestId, reference: open.reference, emails };
  });
  await deliver(ctx, outcome.emails);
  return { requestId: outcome.requestId, reference: outcome.reference };
}

export async function listRequests(ctx: SignedIn, input: { episodeId: string }) {
  return withEpisode(ctx, input.episodeId, 'coordinate', async (tx, opened) => {
    const requests = await listJoinRequests(tx, opened.episode.id);
    await audit(ctx, tx, {
      action: 'team.requests_viewed',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
    });
    return {
      episode: { id: opened.episode.id, reference: opened.episode.reference },
      requests: requests.map((r) => {
        const decision = canAddTeamMember({
          organisationId: r.organisationId,
          organisationName: r.organisation ?? 'their organisation',
          consent: opened.consent,
          sharedWithoutConsent: false,
        });
        return {
          id: r.id,
          userId: r.userId,
          name: r.name,
          jobTitle: r.jobTitle,
          organisation: r.organisation,
          email: r.email,
          telephone: r.telephone,
          message: r.message,
          requestedAt: r.requestedAt.toISOString(),
          decision: r.decision,
          decisionReason: r.decisionReason,
          decidedAt: r.decidedAt?.toISOString() ?? null,
          decidedBy: r.decidedByName,
          // SH-4 shown before accepting: whether the consent lets them join.
          consentRefusal: r.decision === null && !decision.allowed ? decision.message : null,
        };
      }),
    };
  });
}

/**
 * LP-4, CF-1: the lead professional accepts (the practitioner joins the team, if SH-4 allows) or
 * declines with a reason. A refusal by SH-4 is audited and the request stays waiting, so consent
 * can be recorded and the request accepted, or it can be declined.
 */
export async function decideRequest(ctx: SignedIn, input: DecideJoinRequestInput) {
  const found = await getJoinRequest(ctx.db, input.requestId);
  if (!found) fail('NOT_FOUND');
  const outcome = await withEpisode(ctx, found.episodeId, 'coordinate', async (tx, opened) => {
    const request = await getJoinRequest(tx, input.requestId);
    if (!request) fail('NOT_FOUND');
    const decision = canDecideJoinRequest({
      alreadyDecided: request.decision !== null,
      decision: input.decision,
      reason: input.reason,
    });
    if (!decision.allowed) {
      if (decision.reason === 'REASON_REQUIRED')
        fail('VALIDATION_FAILED', { fieldErrors: { reason: decision.message } });
      fail('JOIN_REQUEST_REFUSED', { message: decision.message });
    }
    const now = ctx.now();
    const detail = { requestId: request.id, userId: request.userId, decision: input.decision };
    if (input.decision === 'accepted') {
      const practitioner = await getActivePractitioner(tx, ctx.user.authorityId, request.userId);
      if (!practitioner) fail('JOIN_REQUEST_REFUSED', { message: 'This practitioner’s account is no longer active.' });
      if (!opened.team.some((m) => m.userId === practitioner.id)) {
        const scope = canAddTeamMember({
          organisationId: practitioner.organisationId,
          organisationName: practitioner.organisation ?? 'their organisation',
          consent: opened.consent,
          sharedWithoutConsent: false,
        });
        if (!scope.allowed) {
          await audit(ctx, tx, {
            action: 'team.member_refused',
            childId: opened.episode.childId,
            episodeId: opened.episode.id,
            ground: opened.groundLabel,
            detail: { ...detail, reason: scope.reason },
          });
          return { refused: scope.message, emails: [] };
        }
        await insertTeamMember(tx, {
          episodeId: opened.episode.id,
          userId: practitioner.id,
          organisationId: practitioner.organisationId,
          basis: 'consent',
          joinedAt: now,
          addedBy: ctx.user.id,
        });
      }
    }
    const decided = await markJoinRequestDecided(tx, {
      id: request.id,
      decision: input.decision,
      reason: input.reason,
      decidedBy: ctx.user.id,
      now,
    });
    if (!decided) fail('JOIN_REQUEST_REFUSED', { message: 'This request has already been decided.' });
    await audit(ctx, tx, {
      action: 'team.join_decided',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { ...detail, consentId: opened.consent.consentId },
    });
    const emails = await notify(ctx, tx, [
      {
        userIds: [request.userId],
        kind: 'join_decided',
        episodeId: opened.episode.id,
        childId: opened.episode.childId,
        message:
          input.decision === 'accepted'
            ? `Your request to join the team for ${opened.episode.reference} was accepted.`
            : `Your request to join the team for ${opened.episode.reference} was declined: ${input.reason}`,
        subject:
          input.decision === 'accepted'
            ? 'Your request to join a Team Around the Child was accepted'
            : 'Your request to join a Team Around the Child was declined',
        path: input.decision === 'accepted' ? `/episodes/${opened.episode.id}` : '/',
      },
    ]);
    return { refused: null, emails };
  });
  // The refusal's audit event is committed; then the typed error is raised.
  if (outcome.refused !== null) fail('OUTSIDE_CONSENT_SCOPE', { message: outcome.refused });
  await deliver(ctx, outcome.emails);
  return { decision: input.decision };
}
