import { startEpisodeInputSchema } from '@ecaf/domain';
import { z } from 'zod';
import { startEpisode, viewEpisode } from '../../services/episodes';
import { procedureWith, router } from '../../trpc';
import { episodeViewOutput } from './episodes.types';

export const episodesRouter = router({
  start: procedureWith('episode:start')
    .input(startEpisodeInputSchema)
    .mutation(({ ctx, input }) => startEpisode(ctx, input)),
  get: procedureWith('child:view')
    .input(z.object({ episodeId: z.uuid() }))
    .output(episodeViewOutput)
    .query(({ ctx, input }) => viewEpisode(ctx, input.episodeId)),
});
