import { getEpisodeForAccess, listChronologyEvents, listEpisodesForChild } from '@ecaf/db';
import { buildChronology, decideEpisodeAccess, isoDateInLondon } from '@ecaf/domain';
import { audit } from './audit';
import { childInAuthority } from './concerns';
import { relationshipsOf, type SignedIn, viewerOf } from './episode-access';

/**
 * Screen 4: the child's chronology. Child-level events go to anyone who may see the child page
 * (SH-3); events from inside a CAF only to those the access policy lets read that CAF (SH-1);
 * a sensitive service's involvement only as IN-1 allows. Fail closed: an episode that cannot be
 * loaded counts as unreadable.
 */
export async function childChronology(ctx: SignedIn, input: { childId: string }) {
  return ctx.db.transaction(async (tx) => {
    await childInAuthority(ctx, tx, input.childId);
    const [events, episodes] = await Promise.all([
      listChronologyEvents(tx, input.childId),
      listEpisodesForChild(tx, input.childId),
    ]);
    const today = isoDateInLondon(ctx.now());
    const viewer = viewerOf(ctx.user);
    const readableEpisodeIds = new Set<string>();
    for (const e of episodes) {
      const loaded = await getEpisodeForAccess(tx, ctx.user.authorityId, e.id);
      if (!loaded) continue;
      if (decideEpisodeAccess(viewer, relationshipsOf(loaded, today), 'read').allowed) readableEpisodeIds.add(e.id);
    }
    const entries = buildChronology(events, { organisationId: ctx.user.organisationId, readableEpisodeIds });
    await audit(ctx, tx, {
      action: 'child.chronology_viewed',
      childId: input.childId,
      ground: `role:${ctx.user.role}`,
      detail: { events: entries.length, readableEpisodes: [...readableEpisodeIds] },
    });
    return { entries };
  });
}
