import { router } from '../../trpc';

export const concernsRouter = router({});
