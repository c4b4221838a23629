import { type DbOrTx, getEpisodeForAccess } from '@ecaf/db';
import {
  type AccessGround,
  type ConsentToShareState,
  canWriteToEpisode,
  consentToShareState,
  decideEpisodeAccess,
  type EpisodeAsk,
  type EpisodeRelationships,
  groundLabel,
  isoDateInLondon,
  type TeamMembership,
  type Viewer,
} from '@ecaf/domain';
import type { Context, CurrentUser } from '../context';
import { fail } from '../trpc';
import { audit } from './audit';

export type SignedIn = Context & { user: CurrentUser };

type Loaded = NonNullable<Awaited<ReturnType<typeof getEpisodeForAccess>>>;

/** An episode the user may use for what they asked, with the ground the policy gave. */
export type OpenedEpisode = Loaded & {
  ground: AccessGround;
  /** The ground as audit events record it (SH-5). */
  groundLabel: string;
  /** SH-2: whether the sensitive elements may be shown to this user. */
  sensitive: 'shown' | 'hidden';
  consent: ConsentToShareState;
  relationships: EpisodeRelationships;
  /** Whether the user may also write the assessment (the page shows or hides the controls). */
  canEdit: boolean;
  /** Whether the user may also change who it is shared with. */
  canShare: boolean;
  canSeeWhoLooked: boolean;
};

export function viewerOf(user: CurrentUser): Viewer {
  return { id: user.id, role: user.role, authorityId: user.authorityId, organisationId: user.organisationId };
}

/** What the policy reads of a loaded episode (one from getEpisodeForAccess, or many from listEpisodesForAccess). */
type AccessFacts = Pick<
  Loaded,
  'assessors' | 'leadProfessionalUserId' | 'team' | 'familyUserIds' | 'consentToShare'
> & {
  episode: Pick<Loaded['episode'], 'authorityId'>;
};

export function relationshipsOf(loaded: AccessFacts, today: string): EpisodeRelationships {
  const team: TeamMembership[] = loaded.team.map((m) =>
    m.basis === 'without_consent' && m.shareId !== null
      ? {
          userId: m.userId,
          organisationId: m.organisationId,
          basis: 'without_consent',
          shareId: m.shareId,
          shared: m.shared ?? 'basic',
        }
      : { userId: m.userId, organisationId: m.organisationId, basis: 'consent' },
  );
  return {
    authorityId: loaded.episode.authorityId,
    assessors: loaded.assessors,
    leadProfessionalUserId: loaded.leadProfessionalUserId,
    team,
    familyUserIds: loaded.familyUserIds,
    consent: consentToShareState(
      loaded.consentToShare.map((c) => ({
        ...c,
        basicScope: { kind: c.basicScope, organisationIds: c.basicOrganisationIds },
        additionalScope: { kind: c.additionalScope, organisationIds: c.additionalOrganisationIds },
      })),
      today,
    ),
  };
}

/**
 * Every use of an episode goes through here (SH-1): the episode and everyone related to it are
 * loaded in one query, the access policy decides, and a refusal is audited. A refused read
 * answers "not found", so it does not reveal that a CAF exists; a reader asking for more than
 * reading is told they may not. The refusal's audit event is committed although the request fails.
 */
/**
 * PL-3: a closed episode is read-only. Reading, seeing who looked and closing or reopening go on;
 * so do the consent changes a family may make at any time (CO-5 withdrawal, CO-6 correction),
 * which pass `evenWhenClosed`.
 */
const stillAllowedWhenClosed: readonly EpisodeAsk[] = ['read', 'see_who_looked', 'close'];

export async function withEpisode<T>(
  ctx: SignedIn,
  episodeId: string,
  ask: EpisodeAsk,
  work: (tx: DbOrTx, opened: OpenedEpisode) => Promise<T>,
  options: { evenWhenClosed?: boolean } = {},
): Promise<T> {
  const outcome = await ctx.db.transaction(async (tx) => {
    const loaded = await getEpisodeForAccess(tx, ctx.user.authorityId, episodeId);
    if (!loaded) return { refused: 'NOT_FOUND' as const, message: undefined };
    const relationships = relationshipsOf(loaded, isoDateInLondon(ctx.now()));
    const viewer = viewerOf(ctx.user);
    const access = decideEpisodeAccess(viewer, relationships, ask);
    if (!access.allowed) {
      await audit(ctx, tx, {
        action: access.refusal === 'NOT_FOUND' ? 'episode.access_denied' : 'access.denied',
        childId: loaded.episode.childId,
        episodeId: loaded.episode.id,
        detail: { wanted: ask },
      });
      return { refused: access.refusal, message: access.message };
    }
    const closed = canWriteToEpisode(loaded.episode.status);
    const openFor = (other: EpisodeAsk) => closed.allowed || stillAllowedWhenClosed.includes(other);
    if (!closed.allowed && !openFor(ask) && !options.evenWhenClosed) {
      return { refused: 'EPISODE_CLOSED' as const, message: closed.message };
    }
    const may = (other: EpisodeAsk) => openFor(other) && decideEpisodeAccess(viewer, relationships, other).allowed;
    return {
      value: await work(tx, {
        ...loaded,
        ground: access.ground,
        groundLabel: groundLabel(access.ground),
        sensitive: access.sensitive,
        consent: relationships.consent,
        relationships,
        canEdit: may('edit'),
        canShare: may('share'),
        canSeeWhoLooked: may('see_who_looked'),
      }),
    };
  });
  if ('refused' in outcome) {
    if (outcome.refused === 'FORBIDDEN' || outcome.refused === 'EPISODE_CLOSED') {
      fail(outcome.refused, { message: outcome.message });
    }
    fail('NOT_FOUND');
  }
  return outcome.value;
}
