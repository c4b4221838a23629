import { router } from '../../trpc';

export const leadProfessionalRouter = router({});
