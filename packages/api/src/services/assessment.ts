import {
  type DbOrTx,
  deleteCoAssessor,
  getActivePractitioner,
  getChild,
  getSection,
  getUserForForm,
  getVersion,
  insertChildSeen,
  insertCoAssessor,
  insertConsentToAssess,
  insertReviewVersion,
  listChildSeen,
  listConsentToAssess,
  listParentsAndCarers,
  listSections,
  listVersions,
  lockLatestVersion,
  lockVersionForSave,
  markEpisodeActive,
  markVersionCompleted,
  saveSectionIfUnchanged,
  searchPractitioners,
  type VersionRow,
} from '@ecaf/db';
import {
  cafFormDefinition,
  canComplete,
  canEditVersion,
  canManageCoAssessors,
  canSaveSection,
  canStartReview,
  checkChildSeen,
  checkChildSeenRecord,
  checkConsentToAssess,
  childAgeForConsent,
  childDisplayName,
  compareVersions,
  decideSave,
  definitionWithoutSensitiveElements,
  derivedSectionsContent,
  effectiveConsent,
  isoDateInLondon,
  type PersonReference,
  presentVersion,
  type RecordChildSeenInput,
  type RecordConsentToAssessInput,
  type SaveSectionInput,
  sensitiveElementLabels,
  type TaskStatus,
  taskListFor,
  withoutSensitiveElements,
} from '@ecaf/domain';
import { fail } from '../trpc';
import { audit } from './audit';
import { type OpenedEpisode, type SignedIn, withEpisode } from './episode-access';
import { addAgreedActionsToPlan } from './plan';

type Opened = OpenedEpisode;
type ChildRecord = NonNullable<Awaited<ReturnType<typeof getChild>>>;
type ParentsAndCarers = Awaited<ReturnType<typeof listParentsAndCarers>>;

const today = (ctx: SignedIn) => isoDateInLondon(ctx.now());
const isoDateOf = (date: Date) => isoDateInLondon(date);

/** A version that does not exist, or a stale client's idea of one. */
function versionNotFound(): never {
  fail('NOT_FOUND', { message: 'We could not find that version of the assessment. Reload the page.' });
}

/** CF-6 in the database: the trigger's refusal, if a service ever let a write through. */
function isCompletedVersionRefusal(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code === '55000';
}

// ---- Consent and child seen, as read for the rules ----

async function consentState(tx: DbOrTx, episodeId: string) {
  const history = await listConsentToAssess(tx, episodeId);
  const records = history.map((r) => ({ decision: r.decision, capacity: r.capacity, decidedOn: r.decidedOn }));
  const effective = effectiveConsent(records);
  // effectiveConsent answers with one of the records it was given: find its row.
  const standing = effective.standing === null ? undefined : history[records.indexOf(effective.standing)];
  return { history, effective, standing };
}

async function derivedContentFor(
  tx: DbOrTx,
  ctx: SignedIn,
  opened: Opened,
  version: VersionRow,
  consent: Awaited<ReturnType<typeof consentState>>,
  /** The child and their parents and carers, when the caller has already read them. */
  loaded?: { child: ChildRecord; parents: ParentsAndCarers },
) {
  // CH-4: a completed version shows what it was completed with.
  if (version.status === 'completed' && version.derivedSnapshot) {
    return version.derivedSnapshot as Record<string, Record<string, unknown>>;
  }
  const [child, assessorUser, parents] = await Promise.all([
    loaded?.child ?? getChild(tx, ctx.user.authorityId, opened.episode.childId),
    getUserForForm(tx, opened.assessors.find((a) => a.role === 'assessor')?.userId ?? opened.episode.createdBy),
    loaded?.parents ?? listParentsAndCarers(tx, opened.episode.childId),
  ]);
  if (!child || !assessorUser) fail('INTERNAL');
  const coAssessor = opened.assessors.find((a) => a.role === 'co_assessor');
  const standing = consent.effective.status === 'given' ? consent.standing : undefined;
  const givenBy: PersonReference | null = standing
    ? standing.givenByChild
      ? { kind: 'person', id: child.id, name: childDisplayName(child) }
      : {
          kind: 'person',
          id: standing.givenByPersonId ?? child.id,
          name: parents.find((p) => p.id === standing.givenByPersonId)?.name ?? 'Parent or carer',
        }
    : null;
  return derivedSectionsContent({
    version: {
      number: version.number,
      startedOn: isoDateOf(version.startedAt),
      completedOn: version.completedAt ? isoDateOf(version.completedAt) : null,
    },
    episodeReference: opened.episode.reference,
    child,
    assessor: assessorUser,
    coAssessor: coAssessor ? { kind: 'user', id: coAssessor.userId, name: coAssessor.name } : null,
    consent:
      standing && givenBy
        ? { givenBy, capacity: standing.capacity, decidedOn: standing.decidedOn, method: standing.method }
        : null,
  });
}

function contentOf(sections: readonly { sectionId: string; content: unknown }[]): Record<string, unknown> {
  return Object.fromEntries(sections.map((s) => [s.sectionId, s.content]));
}

const formWithoutSensitive = definitionWithoutSensitiveElements(cafFormDefinition);
const sensitiveLabels = sensitiveElementLabels(cafFormDefinition);

/**
 * SH-2: what this reader may see of the form. Outside the additional-information scope the
 * (S) elements are removed here, on the server, and each section says which are withheld.
 */
function formFor(opened: Opened) {
  const hidden = opened.sensitive === 'hidden';
  return {
    definition: hidden ? formWithoutSensitive : cafFormDefinition,
    visible: (content: Record<string, unknown>) =>
      hidden ? withoutSensitiveElements(cafFormDefinition, content).content : content,
    withheld: (sectionId: string): string[] => (hidden ? (sensitiveLabels[sectionId] ?? []) : []),
  };
}

function childSeenDecision(
  version: VersionRow,
  records: Awaited<ReturnType<typeof listChildSeen>>,
  isUnborn: boolean,
  on: string,
) {
  return checkChildSeen({
    versionStartedAt: isoDateOf(version.startedAt),
    completingOn: version.completedAt ? isoDateOf(version.completedAt) : on,
    today: on,
    isUnborn,
    childSeenRecords: records.map((r) => ({
      seenOn: r.seenOn,
      seenBy: r.seenBy,
      seenAlone: r.seenAlone === 'not_applicable' ? 'not_applicable' : r.seenAlone === 'yes',
      expectantMother: r.expectantMother,
    })),
  });
}

// ---- Reading ----

/**
 * Everything the assessment pages need for one version (the newest unless asked): the task
 * list, every section's content and revision, consent, child-seen records and, for a draft,
 * what is still missing before it can be completed (CF-5). One audit event per read (SH-5).
 */
export async function getAssessment(ctx: SignedIn, input: { episodeId: string; versionNumber?: number | undefined }) {
  return withEpisode(ctx, input.episodeId, 'read', async (tx, opened) => {
    const versions = await listVersions(tx, opened.episode.id);
    const version =
      input.versionNumber === undefined ? versions.at(-1) : versions.find((v) => v.number === input.versionNumber);
    if (!version) versionNotFound();
    const [sections, consent, seen, child, parents] = await Promise.all([
      listSections(tx, version.id),
      consentState(tx, opened.episode.id),
      listChildSeen(tx, opened.episode.id),
      getChild(tx, ctx.user.authorityId, opened.episode.childId),
      listParentsAndCarers(tx, opened.episode.childId),
    ]);
    if (!child) fail('INTERNAL');
    const derived = await derivedContentFor(tx, ctx, opened, version, consent, { child, parents });
    const content = contentOf(sections);
    const form = formFor(opened);
    const visibleContent = form.visible(content);
    const on = today(ctx);
    const seenDecision = childSeenDecision(version, seen, child.isUnborn, on);
    const consentGiven = consent.effective.status === 'given';
    const derivedStatuses: Partial<Record<string, TaskStatus>> = {
      about: 'completed',
      child: 'completed',
      assessor: 'completed',
      consent: consentGiven ? 'completed' : consent.history.length > 0 ? 'in_progress' : 'not_started',
    };
    // The problems name fields; a reader who may not see every field is not shown them.
    const completion =
      version.status === 'draft' && opened.sensitive === 'shown'
        ? canComplete({ content, childSeen: seenDecision, consentToAssessRecorded: consentGiven, today: on })
        : { allowed: true as const };

    await audit(ctx, tx, {
      action: 'assessment.viewed',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { version: version.number },
    });

    return {
      episode: {
        id: opened.episode.id,
        reference: opened.episode.reference,
        status: opened.episode.status,
        childId: opened.episode.childId,
      },
      child: {
        id: child.id,
        name: childDisplayName(child),
        isUnborn: child.isUnborn,
        dateOfBirth: child.dateOfBirth,
        expectedDateOfDelivery: child.expectedDateOfDelivery,
        nhsNumber: child.nhsNumber,
      },
      access: {
        ground: opened.ground.kind,
        sensitive: opened.sensitive,
        canShare: opened.canShare,
        canSeeWhoLooked: opened.canSeeWhoLooked,
        canEdit: opened.canEdit && version.status === 'draft',
        canManageCoAssessors: canManageCoAssessors({ user: ctx.user, assessors: opened.assessors }),
        canStartReview: opened.canEdit && version.number === versions.at(-1)?.number && canStartReview(version).allowed,
      },
      assessors: opened.assessors.map((a) => ({
        userId: a.userId,
        name: a.name,
        organisation: a.organisation,
        role: a.role,
      })),
      versions: versions.map((v) => ({
        number: v.number,
        status: v.status,
        startedAt: v.startedAt.toISOString(),
        completedAt: v.completedAt?.toISOString() ?? null,
      })),
      version: {
        number: version.number,
        status: version.status,
        startedAt: version.startedAt.toISOString(),
        completedAt: version.completedAt?.toISOString() ?? null,
        sections: sections.map((s) => ({
          sectionId: s.sectionId,
          content: (visibleContent[s.sectionId] ?? {}) as Record<string, unknown>,
          revision: s.revision,
          updatedAt: s.updatedAt.toISOString(),
        })),
        derived,
        withheld: Object.fromEntries(
          cafFormDefinition.sections
            .map((s) => [s.id, form.withheld(s.id)] as const)
            .filter(([, labels]) => labels.length > 0),
        ),
      },
      taskList: taskListFor(content, derivedStatuses),
      // CO-3 to CO-5: where consent to share stands, for the episode page (no extra query: the policy loaded it).
      consentToShare: { status: opened.consent.status },
      consent: {
        status: consent.effective.status,
        overridesParent: consent.effective.overridesParent,
        history: consent.history.map((r) => ({
          id: r.id,
          decision: r.decision,
          givenBy: r.givenByChild
            ? { kind: 'child' as const, name: childDisplayName(child) }
            : {
                kind: 'person' as const,
                name: parents.find((p) => p.id === r.givenByPersonId)?.name ?? 'Parent or carer',
              },
          capacity: r.capacity,
          competenceReasons: r.competenceReasons,
          decidedOn: r.decidedOn,
          method: r.method,
          whatWasExplained: r.whatWasExplained,
          recordedBy: r.recordedByName,
          recordedAt: r.recordedAt.toISOString(),
        })),
      },
      consentGivers: parents.map((p) => ({
        personId: p.id,
        name: p.name,
        relationship: p.relationship,
        parentalResponsibility: p.parentalResponsibility,
      })),
      childSeen: {
        allowed: seenDecision.allowed,
        message: seenDecision.allowed ? null : seenDecision.message,
        records: seen.map((r) => ({
          id: r.id,
          seenOn: r.seenOn,
          seenBy: r.seenBy,
          seenAlone: r.seenAlone,
          location: r.location,
          expectantMother: r.expectantMother,
        })),
      },
      completion: completion.allowed ? [] : completion.extra,
    };
  });
}

/** CF-6: any two versions side by side, field by field. */
export async function compareAssessmentVersions(ctx: SignedIn, input: { episodeId: string; from: number; to: number }) {
  return withEpisode(ctx, input.episodeId, 'read', async (tx, opened) => {
    const [older, newer] = await Promise.all([
      getVersion(tx, opened.episode.id, input.from),
      getVersion(tx, opened.episode.id, input.to),
    ]);
    if (!older || !newer) versionNotFound();
    const consent = await consentState(tx, opened.episode.id);
    const form = formFor(opened);
    const load = async (version: VersionRow) => ({
      ...(await derivedContentFor(tx, ctx, opened, version, consent)),
      ...form.visible(contentOf(await listSections(tx, version.id))),
    });
    const [before, after] = await Promise.all([load(older), load(newer)]);
    await audit(ctx, tx, {
      action: 'assessment.viewed',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { versions: [older.number, newer.number], comparison: true },
    });
    const describe = (v: VersionRow) => ({
      number: v.number,
      status: v.status,
      startedAt: v.startedAt.toISOString(),
      completedAt: v.completedAt?.toISOString() ?? null,
    });
    return {
      reference: opened.episode.reference,
      from: describe(older),
      to: describe(newer),
      sections: compareVersions(form.definition, before, after).map((section) => ({
        ...section,
        withheld: form.withheld(section.sectionId),
      })),
    };
  });
}

/**
 * One version as printed and as the PDF shows it: every section with labels and display
 * values. `purpose` is written to the audit event, so a download is told apart from a view.
 */
export async function presentAssessmentVersion(
  ctx: SignedIn,
  input: { episodeId: string; versionNumber: number },
  purpose: 'print' | 'pdf',
) {
  return withEpisode(ctx, input.episodeId, 'read', async (tx, opened) => {
    const version = await getVersion(tx, opened.episode.id, input.versionNumber);
    if (!version) versionNotFound();
    const [sections, child] = await Promise.all([
      presentVersionSections(tx, ctx, opened, version),
      getChild(tx, ctx.user.authorityId, opened.episode.childId),
    ]);
    if (!child) fail('INTERNAL');
    await audit(ctx, tx, {
      action: purpose === 'pdf' ? 'assessment.downloaded' : 'assessment.viewed',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { version: version.number, format: purpose },
    });
    return {
      reference: opened.episode.reference,
      childName: childDisplayName(child),
      version: {
        number: version.number,
        status: version.status,
        startedAt: version.startedAt.toISOString(),
        completedAt: version.completedAt?.toISOString() ?? null,
      },
      generatedAt: ctx.now().toISOString(),
      sections,
    };
  });
}

/**
 * Every section of one version with labels and display values, as this reader may see it
 * (SH-2), as `presentAssessmentVersion` presents it but with no audit event: for a caller that
 * reads inside its own transaction and audits what it does with it (the right of access export).
 */
export async function presentVersionSections(
  tx: DbOrTx,
  ctx: SignedIn,
  opened: OpenedEpisode,
  version: VersionRow,
  /** The child and their parents and carers, when the caller has already read them. */
  loaded?: { child: ChildRecord; parents: ParentsAndCarers },
) {
  const [consent, sections] = await Promise.all([consentState(tx, opened.episode.id), listSections(tx, version.id)]);
  const derived = await derivedContentFor(tx, ctx, opened, version, consent, loaded);
  const form = formFor(opened);
  return presentVersion(form.definition, { ...derived, ...form.visible(contentOf(sections)) }).map((section) => ({
    ...section,
    withheld: form.withheld(section.sectionId),
  }));
}

// ---- Writing ----

/**
 * CF-7 autosave of one section. Written only onto the revision the client's text was based
 * on; otherwise refused with the saved text, so the client can show both and let the user
 * choose. CF-3 (consent first) and CF-6 (completed versions are immutable) are checked first.
 */
export async function saveSection(ctx: SignedIn, input: SaveSectionInput) {
  try {
    return await withEpisode(ctx, input.episodeId, 'edit', async (tx, opened) => {
      const version = await lockVersionForSave(tx, opened.episode.id, input.versionNumber);
      if (!version) versionNotFound();
      const editable = canEditVersion({
        status: version.status,
        completedOn: version.completedAt ? isoDateOf(version.completedAt) : null,
      });
      if (!editable.allowed) fail(editable.reason, { message: editable.message });

      // CF-3: the consent decisions came with the version, in the order the rule reads them.
      const consent = effectiveConsent(version.consent);
      const consentDecision = canSaveSection({
        sectionId: input.sectionId,
        consentToAssessRecorded: consent.status === 'given',
      });
      if (!consentDecision.allowed) fail(consentDecision.reason, { message: consentDecision.message });

      const now = ctx.now();
      const revision = await saveSectionIfUnchanged(tx, {
        versionId: version.id,
        sectionId: input.sectionId,
        baseRevision: input.baseRevision,
        content: input.content,
        userId: ctx.user.id,
        now,
      });
      if (revision === null) {
        const current = await getSection(tx, version.id, input.sectionId);
        const decision = decideSave({
          baseRevision: input.baseRevision,
          currentRevision: current?.revision ?? 0,
          versionStatus: version.status,
        });
        fail('STALE_REVISION', {
          message: decision.allowed ? undefined : decision.message,
          details: {
            sectionId: input.sectionId,
            revision: current?.revision ?? 0,
            content: current?.content ?? {},
            updatedAt: current?.updatedAt.toISOString() ?? null,
          },
        });
      }
      await audit(ctx, tx, {
        action: 'assessment.section_saved',
        childId: opened.episode.childId,
        episodeId: opened.episode.id,
        ground: opened.groundLabel,
        detail: { version: input.versionNumber, section: input.sectionId, revision },
      });
      return { sectionId: input.sectionId, revision, savedAt: now.toISOString() };
    });
  } catch (error) {
    if (isCompletedVersionRefusal(error)) fail('VERSION_COMPLETED');
    throw error;
  }
}

/** CO-1, CO-2: consent to assess and store, given or refused. Recorded, never edited. */
export async function recordConsentToAssess(ctx: SignedIn, input: RecordConsentToAssessInput) {
  return withEpisode(ctx, input.episodeId, 'edit', async (tx, opened) => {
    const [child, parents] = await Promise.all([
      getChild(tx, ctx.user.authorityId, opened.episode.childId),
      listParentsAndCarers(tx, opened.episode.childId),
    ]);
    if (!child) fail('INTERNAL');
    const { givenBy } = input;
    const giver = givenBy.kind === 'person' ? parents.find((p) => p.id === givenBy.personId) : null;
    if (givenBy.kind === 'person' && !giver) {
      fail('VALIDATION_FAILED', { fieldErrors: { givenBy: 'Select a parent or carer of this child' } });
    }
    const childAgeYears = childAgeForConsent(child, input.date);
    const errors = checkConsentToAssess(input, {
      today: today(ctx),
      childAgeYears,
      giverHasParentalResponsibility: giver?.parentalResponsibility ?? false,
    });
    if (Object.keys(errors).length > 0) fail('VALIDATION_FAILED', { fieldErrors: errors });
    const id = await insertConsentToAssess(tx, {
      episodeId: opened.episode.id,
      decision: input.decision,
      givenByPersonId: givenBy.kind === 'person' ? givenBy.personId : null,
      givenByChild: givenBy.kind === 'child',
      capacity: input.capacity,
      competenceReasons: input.competenceReasons,
      decidedOn: input.date,
      method: input.method,
      whatWasExplained: input.whatWasExplained,
      recordedBy: ctx.user.id,
      recordedAt: ctx.now(),
    });
    await audit(ctx, tx, {
      action: input.decision === 'given' ? 'consent.to_assess_given' : 'consent.to_assess_refused',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { consentId: id, capacity: input.capacity, method: input.method },
    });
    const consent = await consentState(tx, opened.episode.id);
    return { consentId: id, status: consent.effective.status };
  });
}

/** CF-4: when the child (or the expectant mother of an unborn baby) was seen. */
export async function recordChildSeen(ctx: SignedIn, input: RecordChildSeenInput) {
  return withEpisode(ctx, input.episodeId, 'edit', async (tx, opened) => {
    const child = await getChild(tx, ctx.user.authorityId, opened.episode.childId);
    if (!child) fail('INTERNAL');
    const errors = checkChildSeenRecord(input, { today: today(ctx), isUnborn: child.isUnborn });
    if (Object.keys(errors).length > 0) fail('VALIDATION_FAILED', { fieldErrors: errors });
    const id = await insertChildSeen(tx, {
      episodeId: opened.episode.id,
      seenOn: input.seenOn,
      seenBy: input.seenBy,
      seenAlone: child.isUnborn ? 'not_applicable' : input.seenAlone,
      location: input.location,
      expectantMother: child.isUnborn,
      recordedBy: ctx.user.id,
      recordedAt: ctx.now(),
    });
    await audit(ctx, tx, {
      action: 'assessment.child_seen_recorded',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { childSeenId: id },
    });
    return { childSeenId: id };
  });
}

/**
 * CF-5: completes the draft when nothing is missing, or refuses with the complete list of
 * what is. CH-4: the derived sections are frozen into the version as they stand now.
 */
export async function completeAssessment(ctx: SignedIn, input: { episodeId: string; versionNumber: number }) {
  return withEpisode(ctx, input.episodeId, 'edit', async (tx, opened) => {
    const version = await lockLatestVersion(tx, opened.episode.id);
    if (!version || version.number !== input.versionNumber) versionNotFound();
    const editable = canEditVersion({
      status: version.status,
      completedOn: version.completedAt ? isoDateOf(version.completedAt) : null,
    });
    if (!editable.allowed) fail(editable.reason, { message: editable.message });

    const [sections, consent, seen, child] = await Promise.all([
      listSections(tx, version.id),
      consentState(tx, opened.episode.id),
      listChildSeen(tx, opened.episode.id),
      getChild(tx, ctx.user.authorityId, opened.episode.childId),
    ]);
    if (!child) fail('INTERNAL');
    const on = today(ctx);
    const decision = canComplete({
      content: contentOf(sections),
      childSeen: childSeenDecision(version, seen, child.isUnborn, on),
      consentToAssessRecorded: consent.effective.status === 'given',
      today: on,
    });
    if (!decision.allowed) fail('INCOMPLETE', { message: decision.message, details: { problems: decision.extra } });

    const now = ctx.now();
    const snapshot = await derivedContentFor(tx, ctx, opened, { ...version, completedAt: now }, consent);
    await markVersionCompleted(tx, { versionId: version.id, userId: ctx.user.id, now, derivedSnapshot: snapshot });
    await markEpisodeActive(tx, opened.episode.id);
    // PL-1: the agreed actions of section 10 start (or join) the delivery plan.
    const planActionsAdded = await addAgreedActionsToPlan(
      tx,
      ctx,
      opened,
      version,
      sections.find((s) => s.sectionId === 'conclusions')?.content,
    );
    await audit(ctx, tx, {
      action: 'assessment.completed',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { version: version.number, planActionsAdded },
    });
    return { versionNumber: version.number, completedAt: now.toISOString() };
  });
}

/** CF-6: a review starts the next draft version, copied forward from the last completed one. */
export async function startReview(ctx: SignedIn, input: { episodeId: string }) {
  return withEpisode(ctx, input.episodeId, 'edit', async (tx, opened) => {
    const latest = await lockLatestVersion(tx, opened.episode.id);
    if (!latest) fail('INTERNAL');
    const decision = canStartReview(latest);
    if (!decision.allowed) fail(decision.reason, { message: decision.message });
    const number = latest.number + 1;
    await insertReviewVersion(tx, {
      episodeId: opened.episode.id,
      number,
      fromVersionId: latest.id,
      userId: ctx.user.id,
      now: ctx.now(),
    });
    await audit(ctx, tx, {
      action: 'assessment.review_started',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { version: number, from: latest.number },
    });
    return { versionNumber: number };
  });
}

// ---- Co-assessors ----

export async function findPractitioners(ctx: SignedIn, input: { episodeId: string; query: string }) {
  return withEpisode(ctx, input.episodeId, 'edit', async (tx, opened) => {
    const found = await searchPractitioners(tx, ctx.user.authorityId, input.query);
    const already = new Set(opened.assessors.map((a) => a.userId));
    return found
      .filter((p) => !already.has(p.id))
      .map((p) => ({ userId: p.id, name: p.name, email: p.email, organisation: p.organisation }));
  });
}

export async function addCoAssessor(ctx: SignedIn, input: { episodeId: string; userId: string }) {
  return withEpisode(ctx, input.episodeId, 'edit', async (tx, opened) => {
    if (!canManageCoAssessors({ user: ctx.user, assessors: opened.assessors })) {
      fail('FORBIDDEN', { message: 'Only the assessor who started this CAF can add a co-assessor.' });
    }
    const practitioner = await getActivePractitioner(tx, ctx.user.authorityId, input.userId);
    if (!practitioner) {
      fail('VALIDATION_FAILED', { fieldErrors: { userId: 'Choose a practitioner in your local authority' } });
    }
    await insertCoAssessor(tx, { episodeId: opened.episode.id, userId: practitioner.id, now: ctx.now() });
    await audit(ctx, tx, {
      action: 'episode.co_assessor_added',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { userId: practitioner.id },
    });
    return { userId: practitioner.id, name: practitioner.name };
  });
}

export async function removeCoAssessor(ctx: SignedIn, input: { episodeId: string; userId: string }) {
  return withEpisode(ctx, input.episodeId, 'edit', async (tx, opened) => {
    if (!canManageCoAssessors({ user: ctx.user, assessors: opened.assessors })) {
      fail('FORBIDDEN', { message: 'Only the assessor who started this CAF can remove a co-assessor.' });
    }
    await deleteCoAssessor(tx, { episodeId: opened.episode.id, userId: input.userId });
    await audit(ctx, tx, {
      action: 'episode.co_assessor_removed',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { userId: input.userId },
    });
    return { removed: true };
  });
}
