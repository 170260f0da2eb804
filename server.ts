import http from 'node:http'

import express from 'express'
import helmet from 'helmet'
import next from 'next'
import { getPayload } from 'payload'

import { GRAPHQL_MAX_BODY_BYTES, pluginOptionsOf, runDueJobs } from 'mal-och-budget'
import {
  createMalOchBudgetPageCache,
  createMalOchBudgetRouter,
  createPublicFastPath,
  limitBodies,
  pagesWithoutScripts,
  refusePagePosts,
  refuseUnknownApiRoutes,
  refuseUnservedRoutes,
} from 'mal-och-budget/server'

import { ConfigError } from './host/ConfigError'
import { redactUrl } from './host/databaseUrl'
import { markPublicReads } from './host/database/publicReads'
import { sharedHealthCheck } from './host/health'
import { vouchClientAddress } from './host/server/clientAddress'
import { sitePageHeaders } from './host/server/sitePageHeaders'
import { monitorStalls } from './host/server/stallMonitor'
import { swedishAdmin } from './host/server/swedishAdmin'
import { warmUp } from './host/server/warmUp'
import { readSettings } from './host/settings'

const SHUTDOWN_GRACE_MS = 10_000
const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']
/** Largest body of any request but an upload (documents and forms are far smaller). */
const MAX_BODY_BYTES = 2 * 1024 * 1024
/** Room in an upload's body for the form around the file. */
const UPLOAD_OVERHEAD_BYTES = 1024 * 1024

/**
 * A database that cannot be reached at start (a wrong host, PostgreSQL not running, a refused
 * login) as a setting's error: the variable, the address without its password, the cause, the fix.
 */
const unreachableDatabase = (
  target: ReturnType<typeof readSettings>['database'],
  error: unknown,
): ConfigError | undefined => {
  // Only a failure to reach the database: a wrong option or a failed migration speaks for itself.
  if (target.kind !== 'postgres' || (error as Error | undefined)?.name !== 'DatabaseConnectError')
    return undefined
  const cause = error instanceof Error ? error.message.replace(/^(Error: )+/, '') : String(error)
  return new ConfigError(
    `[mal-och-budget] DATABASE_URL="${redactUrl(target.url)}": ${cause}. Check that PostgreSQL runs at that address and that the user may connect, or correct DATABASE_URL. ` +
      `Databasen i DATABASE_URL kan inte nås: kontrollera att PostgreSQL körs där och att användaren får ansluta.`,
  )
}

const start = async (): Promise<void> => {
  const settings = readSettings()
  const dev = !settings.isProduction
  // Imported here, not at the top, so a wrong setting ends in a clear message instead of a stack trace.
  const { default: config } = await import('./payload.config')
  const payload = await getPayload({ config, cron: settings.jobs.autorun }).catch(
    (error: unknown) => {
      throw unreachableDatabase(settings.database, error) ?? error
    },
  )
  if (settings.jobs.autorun) {
    // Jobs that fell due while the server was down run now, not at the next tick.
    runDueJobs(payload, settings.jobs.intervalSeconds).catch((err: unknown) =>
      payload.logger.error({ err, msg: 'catch-up run of due jobs failed' }),
    )
  }

  const nextApp = next({
    dev,
    // The app's root: where `npm start` runs (the server itself may run bundled, from dist/).
    dir: process.cwd(),
    hostname: settings.host,
    port: settings.port,
  })
  const handle = nextApp.getRequestHandler()
  await nextApp.prepare()

  const app = express()
  app.disable('x-powered-by')
  // Every stall of the event loop over 100 ms is logged with the routes it held up (and, for the
  // test suite's stall budget, written to STALL_REPORT_FILE when the server stops).
  const stalls = monitorStalls({
    log: (stall) =>
      payload.logger.warn({
        cpuMs: stall.cpuMs,
        gcMs: stall.gcMs,
        lagMs: stall.lagMs,
        msg: `event loop blocked for ${stall.lagMs} ms`,
        requests: stall.requests,
        waitMs: stall.waitMs,
      }),
    reportFile: process.env.STALL_REPORT_FILE,
  })
  app.use(stalls.track)
  // A resident's read of an answer that went out before, while nothing public changed: sent again
  // before Express (see the listener below); here each such answer is kept as it goes out.
  const fast = createPublicFastPath(payload, {
    postPaths: [`${payload.config.routes.api}/graphql`],
  })
  app.use(fast.record)
  app.set('trust proxy', settings.trustProxy)
  app.use(vouchClientAddress)
  // A resident's reads go to a replica when DATABASE_READ_URLS names one; staff's to the primary.
  app.use(
    markPublicReads({
      apiRoute: payload.config.routes.api,
      cookiePrefix: payload.config.cookiePrefix,
    }),
  )
  app.use(
    swedishAdmin({
      adminRoute: payload.config.routes.admin,
      cookiePrefix: payload.config.cookiePrefix,
    }),
  )
  app.use(
    helmet({
      // Next.js and the admin need inline scripts; we only use the CSP to say who may frame us,
      // which must still allow the admin's live preview (same origin).
      contentSecurityPolicy: {
        directives: {
          'default-src': helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc,
          'frame-ancestors': ["'self'"],
        },
        useDefaults: false,
      },
      crossOriginEmbedderPolicy: false,
      // Public images and documents are meant to be embedded by the municipality's own site.
      crossOriginResourcePolicy: { policy: 'cross-origin' },
      frameguard: { action: 'sameorigin' },
      hsts: settings.isProduction && settings.serverUrl.startsWith('https://'),
      // `no-referrer` would make browsers send `Origin: null` with the page's own form posts,
      // which Next.js rightly refuses for server actions.
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    }),
  )

  // Next.js answers TRACE, CONNECT and unknown methods with a 500; nothing here serves them.
  app.use((req, res, next) => {
    if (ALLOWED_METHODS.includes(req.method)) return next()
    res
      .status(405)
      .set('Allow', ALLOWED_METHODS.join(', '))
      .json({
        errors: [
          { message: `Metoden ${req.method.slice(0, 20)} stöds inte / Method not supported` },
        ],
      })
  })

  // Every body bounded whatever its framing, counted while it arrives, before anything reads it.
  const { maxDocumentBytes } = pluginOptionsOf(payload.config)
  const apiRoute = `${payload.config.routes.api}/`
  app.use(
    limitBodies((req) => {
      const url = req.url ?? ''
      if (url.startsWith(`${apiRoute}graphql`)) return GRAPHQL_MAX_BODY_BYTES
      const multipart = /^multipart\/form-data/i.test(req.headers['content-type'] ?? '')
      if (url.startsWith(apiRoute) && multipart) return maxDocumentBytes + UPLOAD_OVERHEAD_BYTES
      return MAX_BODY_BYTES
    }),
  )
  // A multipart body without its boundary cannot be read: say so instead of Payload's 500.
  app.use((req, res, next) => {
    const type = req.get('content-type') ?? ''
    if (!/^multipart\//i.test(type) || /;\s*boundary=\S/i.test(type)) return next()
    res
      .status(400)
      .set('Cache-Control', 'no-store')
      .json({
        errors: [
          {
            message:
              'multipart/form-data utan boundary: skicka formuläret som webbläsaren gör / multipart/form-data without a boundary',
          },
        ],
      })
  })

  const health = sharedHealthCheck(payload, settings.database)
  app.get('/healthz', async (_req, res) => {
    const report = await health()
    res.set('Cache-Control', 'no-store')
    res.status(report.status === 'ok' ? 200 : 503).json(report)
  })

  app.use(refuseUnservedRoutes(payload))
  app.use(payload.config.routes.api, createMalOchBudgetRouter(payload))
  // An API address no endpoint takes: 404 in both languages (Payload's is English only).
  app.use(refuseUnknownApiRoutes(payload))

  // Only `npm run bench` sets this: a static file served by the same server is its ceiling.
  if (process.env.BENCH_STATIC_DIR)
    app.use('/__bench', express.static(process.env.BENCH_STATIC_DIR))

  app.use(refusePagePosts(payload))
  app.all(
    '/{*splat}',
    sitePageHeaders(settings),
    createMalOchBudgetPageCache(payload),
    pagesWithoutScripts(payload),
    (req, res) => handle(req, res),
  )

  const { publicPath } = pluginOptionsOf(payload.config)
  await warmUp(app, [
    { path: `${payload.config.routes.api}/users/me` },
    // Payload's GraphQL (its schema is built on the first query), a mutation, and PublicPlan.
    ...[
      '{ Goals(limit: 1) { totalDocs } }',
      'mutation { reviewWorkflow(collection: goals, id: "0", action: submit) { id } }',
      '{ PublicPlan { title } }',
    ].map((query) => ({ body: { query }, path: `${payload.config.routes.api}/graphql` })),
    // Leads to the newest published year's page: composed, rendered and kept.
    { path: publicPath },
    { path: `/en${publicPath}` },
    // The admin's sign-in, in Swedish and in English (a person's own choice).
    { path: `${payload.config.routes.admin}/login` },
    {
      headers: { cookie: `${payload.config.cookiePrefix}-lng=en` },
      path: `${payload.config.routes.admin}/login`,
    },
  ])
  stalls.arm()
  const server = http.createServer((req, res) => fast.serve(req, res, () => app(req, res)))
  await new Promise<void>((resolve) => server.listen(settings.port, settings.host, resolve))
  payload.logger.info(
    `Mål och budget (${settings.database.kind}) is up on ${settings.host}:${settings.port}. ` +
      `Open ${settings.serverUrl}/mal-och-budget (the public page) and ${settings.serverUrl}/admin (the admin).`,
  )

  let stopping = false
  const shutdown = (signal: string): void => {
    if (stopping) return
    stopping = true
    payload.logger.info(`${signal}: finishing in-flight requests, then closing the database`)
    const force = setTimeout(() => {
      payload.logger.error('shutdown took too long; closing remaining connections')
      server.closeAllConnections()
    }, SHUTDOWN_GRACE_MS)
    force.unref()
    server.close(async () => {
      stalls.report()
      await payload.destroy()
      payload.logger.info('stopped')
      process.exit(0)
    })
    server.closeIdleConnections()
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}

start().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message)
  } else {
    console.error('[mal-och-budget] start-up failed:', error)
  }
  process.exit(1)
})
