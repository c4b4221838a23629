import { router } from '../../trpc';

export const teamRouter = router({});
