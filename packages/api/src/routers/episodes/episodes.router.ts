import { startEpisodeInputSchema } from '@ecaf/domain';
import { startEpisode } from '../../services/episodes';
import { procedureWith, router } from '../../trpc';

export const episodesRouter = router({
  start: procedureWith('episode:start')
    .input(startEpisodeInputSchema)
    .mutation(({ ctx, input }) => startEpisode(ctx, input)),
});
