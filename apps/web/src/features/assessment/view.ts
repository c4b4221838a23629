import type { inferOutput } from '@trpc/tanstack-react-query';
import type { useTRPC } from '../../lib/trpc';

/** What `assessment.get` answers: one version of an episode's assessment, with all the pages need. */
export type AssessmentView = inferOutput<ReturnType<typeof useTRPC>['assessment']['get']>;
