import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { appRouter, createContextFactory, type MailSettings } from '@ecaf/api';
import type { DatabaseHandle } from '@ecaf/db';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Env } from './env';
import { registerChildRecordExportRoutes } from './export/export-route';
import { registerAssessmentPdfRoute } from './pdf/pdf-route';

export const SESSION_COOKIE = 'ecaf_session';
export const CLIENT_HEADER = 'x-ecaf-request';

export type ServerOptions = {
  env: Pick<Env, 'LOG_LEVEL' | 'cookieSecure' | 'WEB_DIST' | 'TRUST_PROXY' | 'NODE_ENV'>;
  database: DatabaseHandle;
  now?: () => Date;
  /** Outgoing email (family invitations); null or absent when SMTP is not configured. */
  mail?: MailSettings | null;
  /** Where JSON logs go; standard output unless a test listens. */
  logStream?: NodeJS.WritableStream;
};

/**
 * What can be logged of an unexpected error: its kind and database codes, not its message,
 * which for a failed query includes the parameters (names, dates of birth).
 */
export function loggableError(error: unknown): Record<string, unknown> {
  const kinds: string[] = [];
  let sqlState: unknown;
  let constraint: unknown;
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    kinds.push(current.name);
    const fields = current as Error & { code?: unknown; constraint_name?: unknown; constraint?: unknown };
    sqlState ??= typeof fields.code === 'string' && /^[0-9A-Z]{5}$/.test(fields.code) ? fields.code : undefined;
    constraint ??= fields.constraint_name ?? fields.constraint;
    current = current.cause;
  }
  return {
    kinds,
    sqlState,
    constraint,
    stack: error instanceof Error ? error.stack?.split('\n').slice(1, 6) : undefined,
  };
}

/** The request's path without its query string: logs never hold what was typed into a URL. */
function pathOnly(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

export async function buildServer({
  env,
  database,
  now = () => new Date(),
  mail = null,
  logStream,
}: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    trustProxy: env.TRUST_PROXY,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    logger: {
      level: env.LOG_LEVEL,
      ...(logStream ? { stream: logStream } : {}),
      // Only the method, the path and the outcome: no headers, cookies, bodies or query strings.
      serializers: {
        req: (req) => ({ method: req.method, path: pathOnly(req.url) }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    },
  });

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
    },
    strictTransportSecurity: env.cookieSecure,
    referrerPolicy: { policy: 'no-referrer' },
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/trpc') || request.url.startsWith('/api/') || request.url.startsWith('/healthz')) {
      reply.header('cache-control', 'no-store');
    }
  });

  const createContext = createContextFactory({ db: database.db, now, mail });
  /** The API's view of one request: its session cookie, and whether the SPA sent its own header. */
  const contextFor = (req: FastifyRequest, res: FastifyReply) =>
    createContext({
      sessionToken: req.cookies[SESSION_COOKIE] ?? null,
      ipAddress: req.ip,
      requestId: req.id,
      fromOwnClient: req.headers[CLIENT_HEADER] === '1',
      setSessionCookie(token) {
        res.setCookie(SESSION_COOKIE, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: env.cookieSecure,
        });
      },
      clearSessionCookie() {
        res.clearCookie(SESSION_COOKIE, { path: '/' });
      },
    });
  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      allowMethodOverride: true,
      createContext: ({ req, res }: { req: FastifyRequest; res: FastifyReply }) => contextFor(req, res),
      onError({ error, path, req }: { error: { code: string; cause?: unknown }; path?: string; req: { id?: string } }) {
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          app.log.error({ reqId: req.id, procedure: path, error: loggableError(error.cause) }, 'procedure failed');
        }
      },
    },
  });

  registerAssessmentPdfRoute(app, { contextFor, describeError: loggableError });
  registerChildRecordExportRoutes(app, { contextFor, describeError: loggableError });

  app.get('/healthz', async (_request, reply) => {
    const reachable = await database.ping();
    return reply.code(reachable ? 200 : 503).send({
      status: reachable ? 'ok' : 'unavailable',
      database: reachable ? 'reachable' : 'unreachable',
      driver: database.driver,
    });
  });

  if (existsSync(join(env.WEB_DIST, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: env.WEB_DIST,
      index: ['index.html'],
      // Vite names assets by content hash, so they never change; the shell must always be fresh.
      setHeaders(reply, filePath) {
        reply.header(
          'cache-control',
          filePath.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
    // The SPA owns every other GET path: send its shell and let the client route.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/trpc') && !request.url.startsWith('/api/')) {
        return reply.type('text/html').sendFile('index.html');
      }
      return reply.code(404).send({ error: 'Not found' });
    });
  } else {
    app.log.warn(`No built web app in ${env.WEB_DIST}: run \`pnpm --filter @ecaf/web build\``);
  }

  return app;
}
