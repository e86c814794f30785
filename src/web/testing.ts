// Helpers for the browser-host tests only: a host on a real temp dataset built from the starter data, a fake
// built renderer with a secret file beside it (to catch traversal), and a raw HTTP client that sends paths and
// Host headers exactly as written (fetch would normalise them away).
import Database from 'better-sqlite3'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { startWebHost, type WebHost, type WebHostOptions } from './server'

export const STARTER_DIR = path.resolve(__dirname, '../../resources/starter')
export const SECRET = 'TOP-SECRET-OUTSIDE-THE-RENDERER'

export interface TestHost {
  host: WebHost
  dir: string
  datasetPath: string
  rendererDir: string
  cookie: string
  cleanup(): Promise<void>
}

function makeRenderer(dir: string): string {
  const renderer = path.join(dir, 'renderer')
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true })
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Lodestone</title><script type="module" src="./assets/app.js"></script>')
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log("app")')
  fs.writeFileSync(path.join(renderer, 'assets', 'app.css'), 'body{}')
  fs.writeFileSync(path.join(renderer, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  fs.writeFileSync(path.join(dir, 'secret.txt'), SECRET)
  try {
    fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(renderer, 'assets', 'link.txt'))
  } catch {
    // Symlinks may be unavailable (Windows without privileges); the traversal tests still run.
  }
  return renderer
}

export async function startTestHost(options: Pick<WebHostOptions, 'port' | 'orFreePort'> = {}): Promise<TestHost> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-web-'))
  const rendererDir = makeRenderer(dir)
  const datasetPath = path.join(dir, 'india-ree.lodestone')
  const host = await startWebHost({ datasetPath, starterDir: STARTER_DIR, rendererDir, createIfMissing: 'starter', ...options }).catch((e: unknown) => {
    fs.rmSync(dir, { recursive: true, force: true })
    throw e
  })
  return {
    host,
    dir,
    datasetPath,
    rendererDir,
    cookie: `lodestone_token=${host.token}`,
    cleanup: async () => {
      await host.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
}

export interface RawResponse {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

export interface RawRequest {
  method?: string
  path: string
  headers?: Record<string, string>
  body?: string
}

/** One HTTP/1.1 request to the host with exactly these path and headers (Host defaults to 127.0.0.1:PORT). */
export function raw(port: number, request: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `127.0.0.1:${port}`, ...request.headers }
    if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body))
    const req = http.request({ host: '127.0.0.1', port, method: request.method ?? 'GET', path: request.path, headers, setHost: false, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(request.body)
  })
}

/** POST /api/call with a JSON body; headers add to (or replace) the defaults. */
export function postCall(port: number, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  return raw(port, { method: 'POST', path: '/api/call', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
}

/** Rows in the change log and the countries named `name`, read through a separate read-only connection. */
export function datasetState(datasetPath: string, countryCode: string): { changes: number; batches: number; country: number } {
  const db = new Database(datasetPath, { readonly: true, fileMustExist: true })
  try {
    const one = (sql: string, ...params: unknown[]): number => (db.prepare(sql).get(...params) as { n: number }).n
    return {
      changes: one('SELECT count(*) AS n FROM change_log'),
      batches: one('SELECT count(*) AS n FROM edit_batch'),
      country: one('SELECT count(*) AS n FROM country WHERE code = ?', countryCode)
    }
  } finally {
    db.close()
  }
}

export function insertCountry(code: string): { method: string; args: unknown } {
  return {
    method: 'edits.apply',
    args: { label: `add ${code}`, changes: [{ kind: 'insert', table: 'country', values: { code, name: `Test ${code}`, kind: 'country' } }] }
  }
}

/** Opens /api/events and resolves with everything received once `until` appears in the stream. */
export function readEvents(
  port: number,
  cookie: string,
  until: string,
  trigger: () => Promise<unknown>
): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/api/events', headers: { cookie }, agent: false }, (res) => {
      let text = ''
      const timer = setTimeout(() => {
        req.destroy()
        reject(new Error(`no "${until}" in the event stream; got: ${text}`))
      }, 10_000)
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        const first = text === ''
        text += chunk
        if (first) trigger().catch(reject)
        if (text.includes(until)) {
          clearTimeout(timer)
          req.destroy()
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text })
        }
      })
    })
    req.on('error', (e) => {
      if ((e as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(e)
    })
  })
}
