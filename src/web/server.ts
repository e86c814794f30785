// The browser host: a loopback-only HTTP server that binds the contract to one engine (POST /api/call),
// streams its events (GET /api/events) and serves the built renderer. Every request passes the Host, Origin
// and token checks first; a valid ?token= is swapped for an HttpOnly cookie and redirected away.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createEngine, type Engine, type EngineOptions } from '../core/engine'
import { createToken, hasValidCookie, hostIsAllowed, originIsAllowed, sessionCookie, tokensMatch } from './auth'
import { handleCall } from './api'
import { refuseAndClose, sendText, setSecurityHeaders } from './headers'
import { openInBrowser } from './open'
import { serveStatic } from './static'
import { SseHub } from './sse'
import { createChromiumPrinter } from './printer'

export const HOST = '127.0.0.1'

export interface WebHostOptions {
  datasetPath: string
  /** 0 (the default) picks a free port. */
  port?: number
  /** When `port` is taken, listen on a free one instead of failing (the usual port when none was asked for). */
  orFreePort?: boolean
  starterDir: string
  rendererDir: string
  /** Try to open the default browser at the printed URL (default false). */
  open?: boolean
  createIfMissing?: EngineOptions['createIfMissing']
  nativeBinding?: string
  readOnly?: boolean
  /** Settings folder for the recent-files list (default: none, the list lives in memory). */
  stateDir?: string
  /** Time limits (ms) for a request's headers and for the whole request; tests shorten them. */
  timeouts?: Partial<Timeouts>
}

export interface Timeouts {
  /** All headers must arrive within this (slow-header attacks). */
  headers: number
  /** The whole request, body included (an upload chunk is at most a few MB from this machine). */
  request: number
  /** An idle keep-alive connection is closed after this. */
  keepAlive: number
}

export const DEFAULT_TIMEOUTS: Timeouts = { headers: 10_000, request: 60_000, keepAlive: 5_000 }

export interface WebHost {
  url: string
  token: string
  port: number
  server: http.Server
  close(): Promise<void>
}

interface Context {
  engine: Engine
  events: SseHub
  token: string
  port: number
  rendererDir: string
}

const UNAUTHORIZED = 'Lodestone: not signed in. Open the address the `lodestone` command printed (it carries ?token=).'

function splitUrl(rawUrl: string): { pathname: string; query: URLSearchParams } {
  const q = rawUrl.indexOf('?')
  const pathname = (q < 0 ? rawUrl : rawUrl.slice(0, q)).split('#')[0]
  return { pathname, query: new URLSearchParams(q < 0 ? '' : rawUrl.slice(q + 1)) }
}

/** How many times a header is sent (Node keeps only the first Host; a proxy might use another). */
function headerCount(req: IncomingMessage, name: string): number {
  let n = 0
  for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i].toLowerCase() === name) n++
  return n
}

/** Host, Origin and token checks. Returns true when the request may go on to routing. Refusals close the connection. */
function admit(req: IncomingMessage, res: ServerResponse, ctx: Context, query: URLSearchParams): boolean {
  if (headerCount(req, 'host') > 1 || headerCount(req, 'origin') > 1 || headerCount(req, 'cookie') > 1) {
    refuseAndClose(req, res, 400, 'Lodestone: the request sends the Host, Origin or Cookie header more than once; send each once.')
    return false
  }
  if (!hostIsAllowed(req, ctx.port)) {
    refuseAndClose(req, res, 403, 'Lodestone: this address is not served here (unexpected Host header).')
    return false
  }
  if (!originIsAllowed(req, ctx.port)) {
    refuseAndClose(req, res, 403, 'Lodestone: requests from other sites are refused.')
    return false
  }
  const queryToken = query.get('token')
  if (queryToken !== null) {
    if (req.method !== 'GET' || !tokensMatch(ctx.token, queryToken)) {
      refuseAndClose(req, res, 401, UNAUTHORIZED)
      return false
    }
    res.statusCode = 302
    res.setHeader('Set-Cookie', sessionCookie(ctx.token))
    res.setHeader('Location', '/')
    res.setHeader('Cache-Control', 'no-store')
    res.end()
    return false
  }
  if (!hasValidCookie(req, ctx.token)) {
    refuseAndClose(req, res, 401, UNAUTHORIZED)
    return false
  }
  return true
}

async function route(req: IncomingMessage, res: ServerResponse, ctx: Context): Promise<void> {
  setSecurityHeaders(res)
  const { pathname, query } = splitUrl(req.url ?? '/')
  if (!admit(req, res, ctx, query)) return
  const method = req.method ?? 'GET'
  if (pathname === '/api/call') {
    if (method !== 'POST') return refuseAndClose(req, res, 405, 'Use POST for /api/call.')
    return handleCall(req, res, ctx.engine)
  }
  if (pathname === '/api/events') {
    if (method !== 'GET') return refuseAndClose(req, res, 405, 'Use GET for /api/events.')
    return ctx.events.add(res)
  }
  if (pathname.startsWith('/api/')) return sendText(res, 404, 'Not found.')
  if (method !== 'GET' && method !== 'HEAD') return refuseAndClose(req, res, 405, 'Method not allowed.')
  serveStatic(res, ctx.rendererDir, pathname, method === 'HEAD')
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, HOST, () => {
      server.off('error', reject)
      resolve((server.address() as AddressInfo).port)
    })
  })
}

/** Listens on `port`, or on a free one when it is taken and `orFreePort` allows. */
async function listenOn(server: http.Server, port: number, orFreePort: boolean): Promise<number> {
  try {
    return await listen(server, port)
  } catch (e) {
    if (!orFreePort || port === 0 || (e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e
    return listen(server, 0)
  }
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  // Headless Chromium for brief PDFs: launched on the first print only, closed with the host.
  const printer = createChromiumPrinter()
  const engine = createEngine({
    datasetPath: options.datasetPath,
    host: 'web',
    createIfMissing: options.createIfMissing ?? 'starter',
    starterDir: options.starterDir,
    nativeBinding: options.nativeBinding,
    readOnly: options.readOnly,
    lock: true,
    stateDir: options.stateDir,
    ports: { printer }
  })
  const events = new SseHub()
  const unsubscribe = engine.onAny((name, payload) => events.send(name, payload))
  const ctx: Context = { engine, events, token: createToken(), port: 0, rendererDir: options.rendererDir }
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts }
  const server = http.createServer(
    {
      headersTimeout: timeouts.headers,
      requestTimeout: timeouts.request,
      keepAliveTimeout: timeouts.keepAlive,
      // How often Node checks the two limits above (default 30 s, which would let a slow request run long past them).
      connectionsCheckingInterval: Math.min(1000, timeouts.headers),
      maxHeaderSize: 16 * 1024
    },
    (req, res) => {
      route(req, res, ctx).catch(() => {
        if (!res.headersSent) sendText(res, 500, 'Lodestone: the request failed.')
        else res.destroy()
      })
    }
  )
  try {
    ctx.port = await listenOn(server, options.port ?? 0, options.orFreePort ?? false)
  } catch (e) {
    unsubscribe()
    engine.close()
    throw e
  }
  const url = `http://${HOST}:${ctx.port}/?token=${ctx.token}`
  if (options.open) openInBrowser(url)
  let closing: Promise<void> | null = null
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      unsubscribe()
      events.close()
      server.close(() => {
        engine.close()
        void Promise.resolve(printer.close?.())
          .catch(() => undefined)
          .finally(resolve)
      })
      server.closeAllConnections()
    })
    return closing
  }
  return { url, token: ctx.token, port: ctx.port, server, close }
}
