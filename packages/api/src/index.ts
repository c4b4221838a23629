export {
  type Context,
  type CurrentUser,
  createContextFactory,
  type Deps,
  hashSessionToken,
  type RequestInfo,
} from './context';
export { type AppRouter, appRouter, createCaller } from './root';
// For the HTTP host's PDF download, which a plain link must reach without the tRPC client header.
export { type PresentedVersion, presentedVersionOutput } from './routers/assessment/assessment.types';
export { presentAssessmentVersion } from './services/assessment';
