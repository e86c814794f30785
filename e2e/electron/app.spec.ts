// The real desktop app, launched with Playwright's Electron support, where an Electron binary exists (it cannot be
// downloaded on our build machines: there the suite prints one line and is skipped). Checks what the browser host
// cannot: the window's title, the sandboxed preload bridge (call + on, nothing else, no Node), navigation and
// pop-ups refused, and that the contract works over IPC on a temp user-data folder.
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '../..')
const MAIN = path.join(ROOT, 'out', 'main', 'index.js')

/** The Electron executable without require('electron'), which would try to download it. */
function findElectron(): string | null {
  try {
    const rel = fs.readFileSync(path.join(ROOT, 'node_modules', 'electron', 'path.txt'), 'utf8').trim()
    const full = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(ROOT, 'node_modules', 'electron', 'dist'), rel)
    return rel && fs.existsSync(full) ? full : null
  } catch {
    return null
  }
}

/** Electron's own better-sqlite3 in .electron-native/, as `npm start` makes it (scripts/lib/electron.cjs). */
function sqliteBindingFor(binary: string | null): string | null {
  const native = createRequire(__filename)('../../scripts/lib/electron.cjs') as {
    currentTarget(root: string, binary: string | null): object | null
    nativeBindingPath(target: object, root: string): string
  }
  const target = native.currentTarget(ROOT, binary)
  const file = target ? native.nativeBindingPath(target, ROOT) : null
  return file && fs.existsSync(file) ? file : null
}

const executablePath = findElectron()
const binding = sqliteBindingFor(executablePath)
const skipReason = !executablePath
  ? 'no Electron binary in node_modules/electron/dist (it could not be downloaded on this machine)'
  : !binding
    ? 'no Electron build of better-sqlite3 in .electron-native/ (run `npm start` once to make it)'
    : !fs.existsSync(MAIN)
      ? 'out/main/index.js is missing (run `npm run build` first)'
      : null

if (skipReason) {
  test('Electron app', () => {
    console.log(`e2e/electron skipped: ${skipReason}`)
    test.skip(true, skipReason)
  })
} else {
  test.describe('Electron app', () => {
    test.describe.configure({ mode: 'serial' })
    let app: ElectronApplication
    let page: Page
    let userData: string

    test.beforeAll(async () => {
      userData = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-electron-'))
      const env: Record<string, string> = {}
      for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value
      app = await electron.launch({
        executablePath: executablePath!,
        // The package folder, as `npm start` does (the app resolves its files the same way when given out/main/index.js).
        args: [ROOT],
        cwd: ROOT,
        env: { ...env, LODESTONE_USER_DATA: userData, LODESTONE_SQLITE_BINDING: binding! }
      })
      page = await app.firstWindow()
      await page.waitForLoadState('domcontentloaded')
    })

    test.afterAll(async () => {
      await app?.close()
      fs.rmSync(userData, { recursive: true, force: true })
    })

    test('names the dataset in the window title and creates it from the starter data', async () => {
      const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle())
      expect(title).toBe('Lodestone — india-ree.lodestone')
      expect(fs.existsSync(path.join(userData, 'india-ree.lodestone'))).toBe(true)
    })

    test('serves the renderer from lodestone://app/, not file://', () => {
      expect(page.url()).toMatch(/^lodestone:\/\/app\/index\.html/)
    })

    test('grants our page clipboard-sanitized-write: a large block copies', async () => {
      const text = 'x\t'.repeat(200_000)
      const ok = await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)}).then(() => true, (e) => String(e))`)
      expect(ok).toBe(true)
    })

    test('exposes only call and on to the page, and no Node', async () => {
      const seen = await page.evaluate(() => {
        const w = globalThis as unknown as Record<string, unknown>
        const bridge = w.lodestone as Record<string, unknown> | undefined
        return { keys: bridge ? Object.keys(bridge).sort() : null, require: typeof w.require, process: typeof w.process, module: typeof w.module }
      })
      expect(seen).toEqual({ keys: ['call', 'on'], require: 'undefined', process: 'undefined', module: 'undefined' })
    })

    test('answers contract calls over IPC and pushes dataset.changed', async () => {
      const result = await page.evaluate(async () => {
        const bridge = (
          globalThis as unknown as { lodestone: { call(m: string, a: unknown): Promise<unknown>; on(e: string, cb: (p: unknown) => void): () => void } }
        ).lodestone
        const info = await bridge.call('app.info', {})
        const event = new Promise((resolve) => {
          const off = bridge.on('dataset.changed', (payload) => {
            off()
            resolve(payload)
          })
        })
        const edit = await bridge.call('edits.apply', {
          label: 'e2e',
          changes: [{ kind: 'insert', table: 'country', values: { code: 'XEE', name: 'Electronland', kind: 'country' } }]
        })
        const unknown = await bridge.call('app.quit', {})
        return { info, edit, unknown, event: await event }
      })
      expect(result.info).toMatchObject({ ok: true, value: { host: 'electron', datasetName: expect.stringMatching(/india-ree/) as unknown } })
      expect(result.edit).toMatchObject({ ok: true })
      expect(result.unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
      expect(result.event).toMatchObject({ tables: ['country'] })
    })

    test('refuses pop-ups and navigation away from the app', async () => {
      const before = page.url()
      const opened = await page.evaluate('window.open("https://example.com") === null')
      expect(opened).toBe(true)
      expect(app.windows()).toHaveLength(1)
      await page.evaluate('window.location.href = "https://example.com/"')
      await page.waitForTimeout(500)
      expect(page.url()).toBe(before)
    })

    test('sends the strict CSP: inline scripts do not run', async () => {
      // A string, evaluated in the page (this file is type-checked without the DOM library).
      const ran = await page.evaluate(`(() => {
        const s = document.createElement('script')
        s.textContent = 'window.__inline = true'
        document.head.appendChild(s)
        return window.__inline === true
      })()`)
      expect(ran).toBe(false)
    })
  })
}
