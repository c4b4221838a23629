import { router } from '../../trpc';

export const planRouter = router({});
