import { z } from 'zod';
import { markNotificationAsRead } from '../../services/episodes';
import { myWork } from '../../services/work';
import { procedureWith, router } from '../../trpc';

export const workRouter = router({
  mine: procedureWith('work:view-own').query(({ ctx }) => myWork(ctx)),
  markNotificationRead: procedureWith('work:view-own')
    .input(z.object({ notificationId: z.uuid() }))
    .mutation(({ ctx, input }) => markNotificationAsRead(ctx, input.notificationId)),
});
