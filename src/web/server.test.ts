// The browser host as a user meets it: the printed URL signs the browser in (cookie + redirect), the built app
// is served with the right types and headers, the contract answers over POST /api/call, edits arrive as
// Server-Sent Events, and close() shuts everything down. Runs on a real temp dataset built from the starter data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import http from 'node:http'
import { PassThrough } from 'node:stream'
import type { IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { CONTENT_SECURITY_POLICY } from './headers'
import { CONTENT_SECURITY_POLICY as ELECTRON_CSP } from '../main/csp'
import { DEFAULT_WEB_PORT, parseWebArgs, WEB_USAGE } from './args'
import { readJsonBody } from './body'
import { browserCommand } from './open'
import { appStateDir, defaultDatasetPath } from './paths'
import { mimeTypeFor } from './static'
import { SseHub } from './sse'
import { datasetState, insertCountry, postCall, raw, readEvents, startTestHost, type TestHost } from './testing'

let t: TestHost
let port: number
let auth: Record<string, string>
beforeAll(async () => {
  t = await startTestHost()
  port = t.host.port
  auth = { cookie: t.cookie }
})
afterAll(async () => {
  await t.cleanup()
})

describe('signing in with the printed URL', () => {
  it('prints a loopback URL with a 64-hex-digit token', () => {
    expect(t.host.url).toBe(`http://127.0.0.1:${port}/?token=${t.host.token}`)
    expect(t.host.token).toMatch(/^[0-9a-f]{64}$/)
  })

  it('swaps a valid ?token= for an HttpOnly, SameSite=Strict cookie and redirects to /', async () => {
    const res = await raw(port, { path: `/?token=${t.host.token}` })
    expect(res.status).toBe(302)
    expect(res.headers.location).toBe('/')
    expect(res.headers['set-cookie']).toEqual([`lodestone_token=${t.host.token}; HttpOnly; SameSite=Strict; Path=/`])
  })

  it('then serves the app to the cookie, also under the localhost name', async () => {
    const res = await raw(port, { path: '/', headers: auth })
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(res.body).toContain('<title>Lodestone</title>')
    expect((await raw(port, { path: '/', headers: { ...auth, host: `localhost:${port}` } })).status).toBe(200)
  })

  it('asks a browser without the cookie to open the printed address', async () => {
    const res = await raw(port, { path: '/' })
    expect(res.status).toBe(401)
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8')
    expect(res.body).toMatch(/Open the address/)
  })
})

describe('serving the built renderer', () => {
  it.each([
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/assets/app.css', 'text/css; charset=utf-8'],
    ['/assets/logo.svg', 'image/svg+xml'],
    ['/index.html', 'text/html; charset=utf-8']
  ])('serves %s as %s', async (path, type) => {
    const res = await raw(port, { path, headers: auth })
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe(type)
  })

  it('answers 404 for a missing file and for a folder', async () => {
    expect((await raw(port, { path: '/assets/missing.js', headers: auth })).status).toBe(404)
    expect((await raw(port, { path: '/assets', headers: auth })).status).toBe(404)
  })

  it('answers HEAD with headers and no body', async () => {
    const res = await raw(port, { method: 'HEAD', path: '/assets/app.js', headers: auth })
    expect(res.status).toBe(200)
    expect(res.headers['content-length']).toBe(String('console.log("app")'.length))
    expect(res.body).toBe('')
  })

  it('knows the MIME types of the files Vite emits', () => {
    expect(mimeTypeFor('a.mjs')).toBe('text/javascript; charset=utf-8')
    expect(mimeTypeFor('a.woff2')).toBe('font/woff2')
    expect(mimeTypeFor('a.PNG')).toBe('image/png')
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream')
  })
})

describe('security headers', () => {
  it.each([
    ['the app', '/', true],
    ['a refusal', '/', false],
    ['a missing file', '/nope.js', true]
  ])('are on %s', async (_what, path, signedIn) => {
    const res = await raw(port, { path, headers: signedIn ? auth : {} })
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['referrer-policy']).toBe('no-referrer')
  })

  it('are the strict policy the brief asks for, identical to the Electron window', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'"
    )
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/)
    expect(ELECTRON_CSP).toBe(CONTENT_SECURITY_POLICY)
  })
})

describe('POST /api/call', () => {
  it('answers the engine CallResult as uncached JSON', async () => {
    const res = await postCall(port, { method: 'app.info', args: {} }, auth)
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(res.headers['cache-control']).toBe('no-store')
    const body = JSON.parse(res.body) as { ok: boolean; value: { host: string; datasetName: string; schemaVersion: number } }
    expect(body.ok).toBe(true)
    expect(body.value.host).toBe('web')
    expect(body.value.datasetName).toMatch(/india-ree/)
  })

  it('lists the starter tables with rows in them', async () => {
    const body = JSON.parse((await postCall(port, { method: 'tables.list', args: {} }, auth)).body) as { ok: true; value: { name: string; rowCount: number }[] }
    expect(body.ok).toBe(true)
    expect(body.value.find((table) => table.name === 'observation')?.rowCount).toBeGreaterThan(0)
  })

  it('passes the engine refusals through as {ok: false} with status 200', async () => {
    const unknown = JSON.parse((await postCall(port, { method: 'rows.drop', args: {} }, auth)).body) as { ok: false; error: { code: string } }
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
    const invalid = JSON.parse((await postCall(port, { method: 'rows.get', args: { table: 'observation', id: -1 } }, auth)).body) as {
      ok: false
      error: { code: string }
    }
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('treats missing args as {}', async () => {
    const body = JSON.parse((await postCall(port, { method: 'history.state' }, auth)).body) as { ok: boolean }
    expect(body.ok).toBe(true)
  })

  it('refuses other verbs and unknown API paths', async () => {
    expect((await raw(port, { path: '/api/call', headers: auth })).status).toBe(405)
    expect((await raw(port, { path: '/api/nothing', headers: auth })).status).toBe(404)
    expect((await raw(port, { method: 'PUT', path: '/', headers: auth })).status).toBe(405)
  })
})

describe('GET /api/events', () => {
  it('streams dataset.changed after an edit', async () => {
    const { status, headers, text } = await readEvents(port, t.cookie, 'event: dataset.changed', () => postCall(port, insertCountry('ZSE'), auth))
    expect(status).toBe(200)
    expect(headers['content-type']).toBe('text/event-stream; charset=utf-8')
    const data = /event: dataset\.changed\ndata: (.*)\n\n/.exec(text)?.[1]
    expect(JSON.parse(data ?? 'null')).toMatchObject({ tables: ['country'], origin: 'user' })
    expect(datasetState(t.datasetPath, 'ZSE').country).toBe(1)
  })

  it('sends a heartbeat comment on the interval', async () => {
    const hub = new SseHub(20)
    const server = http.createServer((_req, res) => hub.add(res))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const text = await new Promise<string>((resolve) => {
      http.get({ host: '127.0.0.1', port: (server.address() as AddressInfo).port, path: '/' }, (res) => {
        let seen = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          seen += chunk
          if (seen.includes(': heartbeat')) resolve(seen)
        })
      })
    })
    expect(text).toMatch(/^: connected\n\n[\s\S]*: heartbeat\n\n/)
    hub.close()
    server.close()
  })
})

describe('request bodies', () => {
  function fakeRequest(contentType: string, declared?: number): IncomingMessage & PassThrough {
    const req = new PassThrough() as unknown as IncomingMessage & PassThrough
    req.headers = { 'content-type': contentType, ...(declared === undefined ? {} : { 'content-length': String(declared) }) }
    return req
  }

  it('cuts off a body that grows past the limit', async () => {
    const req = fakeRequest('application/json')
    const result = readJsonBody(req, 10)
    req.write('{"method": "app.info", "args": {}}')
    expect(await result).toMatchObject({ ok: false, status: 413 })
  })

  it('accepts application/json with a charset', async () => {
    const req = fakeRequest('application/json; charset=utf-8')
    const result = readJsonBody(req)
    req.end('{"a": 1}')
    expect(await result).toEqual({ ok: true, value: { a: 1 } })
  })
})

describe('starting and stopping', () => {
  it('listens on the usual port when it is free, else on a free one (and fails in words when a port was asked for)', async () => {
    const taken = http.createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    const busy = (taken.address() as AddressInfo).port
    try {
      const moved = await startTestHost({ port: busy, orFreePort: true })
      expect(moved.host.port).not.toBe(busy)
      expect(moved.host.port).toBeGreaterThan(0)
      await moved.cleanup()
      await expect(startTestHost({ port: busy })).rejects.toMatchObject({ code: 'EADDRINUSE' })
    } finally {
      await new Promise((resolve) => taken.close(resolve))
    }
    const usual = await startTestHost({ port: busy, orFreePort: true })
    expect(usual.host.port).toBe(busy)
    await usual.cleanup()
  })

  it('parses --dataset, --port and --no-open, and refuses the rest in one line', () => {
    expect(parseWebArgs(['--dataset', 'x.lodestone', '--port=8123', '--no-open'])).toEqual({
      ok: true,
      args: { dataset: 'x.lodestone', userData: null, port: 8123, open: false, help: false }
    })
    expect(parseWebArgs([])).toEqual({ ok: true, args: { dataset: null, userData: null, port: null, open: true, help: false } })
    expect(parseWebArgs(['--port', '0'])).toMatchObject({ ok: true, args: { port: 0 } })
    expect(WEB_USAGE).toContain(`default: ${DEFAULT_WEB_PORT}, or a free one when that is`)
    expect(parseWebArgs(['--user-data', '/tmp/e2e-state'])).toMatchObject({ ok: true, args: { userData: '/tmp/e2e-state' } })
    expect(parseWebArgs(['--user-data'])).toMatchObject({ ok: false, message: expect.stringMatching(/--user-data needs a folder/) as unknown })
    expect(parseWebArgs(['--port', 'abc'])).toMatchObject({ ok: false, message: expect.stringMatching(/--port needs a number/) as unknown })
    expect(parseWebArgs(['--frobnicate'])).toMatchObject({ ok: false, message: expect.stringMatching(/unknown option/) as unknown })
  })

  it('keeps the default dataset in the platform user-data folder', () => {
    expect(defaultDatasetPath('linux', {}, '/home/ana')).toBe('/home/ana/.config/Lodestone/india-ree.lodestone')
    expect(defaultDatasetPath('linux', { XDG_CONFIG_HOME: '/data' }, '/home/ana')).toBe('/data/Lodestone/india-ree.lodestone')
    expect(defaultDatasetPath('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Lodestone/india-ree.lodestone')
    expect(defaultDatasetPath('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Lodestone\\india-ree.lodestone'
    )
  })

  it('keeps its settings in LODESTONE_USER_DATA when set, as the desktop app does', () => {
    expect(appStateDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Lodestone')
    expect(appStateDir('linux', { LODESTONE_USER_DATA: '/tmp/e2e-1' }, '/home/ana')).toBe('/tmp/e2e-1')
    expect(defaultDatasetPath('linux', { LODESTONE_USER_DATA: '/tmp/e2e-1' }, '/home/ana')).toBe('/tmp/e2e-1/india-ree.lodestone')
    expect(appStateDir('linux', { LODESTONE_USER_DATA: '  ' }, '/home/ana')).toBe('/home/ana/.config/Lodestone')
  })

  it('opens the browser with the URL as a single argument', () => {
    expect(browserCommand('http://127.0.0.1:1/?token=x', 'linux')).toEqual(['xdg-open', ['http://127.0.0.1:1/?token=x']])
    expect(browserCommand('http://127.0.0.1:1/?token=x', 'darwin')).toEqual(['open', ['http://127.0.0.1:1/?token=x']])
    expect(browserCommand('http://127.0.0.1:1/?token=x', 'win32')[0]).toBe('cmd')
  })

  it('stops listening and closes open event streams on close()', async () => {
    const other = await startTestHost()
    let connected!: () => void
    const open = new Promise<void>((resolve) => (connected = resolve))
    const ended = new Promise<void>((resolve) => {
      http.get({ host: '127.0.0.1', port: other.host.port, path: '/api/events', headers: { cookie: other.cookie }, agent: false }, (res) => {
        res.once('data', () => connected())
        res.on('close', () => resolve())
      })
    })
    await open
    await other.cleanup()
    await ended
    await expect(raw(other.host.port, { path: '/' })).rejects.toThrow(/ECONNREFUSED/)
  })
})
