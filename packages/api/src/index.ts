export {
  type Context,
  type CurrentUser,
  createContextFactory,
  type Deps,
  hashSessionToken,
  type RequestInfo,
} from './context';
export { type AppRouter, appRouter, createCaller } from './root';
