import { myWork } from '../../services/episodes';
import { procedureWith, router } from '../../trpc';

export const workRouter = router({
  mine: procedureWith('work:view-own').query(({ ctx }) => myWork(ctx)),
});
