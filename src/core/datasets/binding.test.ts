// One native binding for every connection (#12 defect 4: restoring a backup under `npm start` opened the default
// build): a real process runs an engine on a copy of better-sqlite3's build and goes through open, edit, the check,
// a backup, a restore, Save As and lodestone check; the only build it loaded is the copy (Linux: /proc/self/maps).
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'vite'
import { removeDir, tempDir } from '../testing/tempDataset'

const REPO = path.resolve(__dirname, '../../..')
const BUILD = path.join(REPO, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')
const OUT = path.join(REPO, 'node_modules/.cache/lodestone-binding-child')
const linux = fs.existsSync('/proc/self/maps')

beforeAll(async () => {
  if (!linux) return
  await build({
    configFile: false,
    logLevel: 'error',
    root: REPO,
    build: {
      ssr: path.join(__dirname, 'bindingChild.ts'),
      outDir: OUT,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'cjs', entryFileNames: 'bindingChild.cjs' } }
    }
  })
})

let dir: string
beforeEach(() => {
  dir = tempDir()
})
afterEach(() => removeDir(dir))

describe.skipIf(!linux)('the native binding', () => {
  it('is the one every connection loads: session, check, backup, restore, Save As and check', () => {
    const copy = path.join(dir, 'electron-build', 'better_sqlite3.node')
    fs.mkdirSync(path.dirname(copy))
    fs.copyFileSync(BUILD, copy)
    const out = execFileSync(process.execPath, [path.join(OUT, 'bindingChild.cjs'), dir, copy], { cwd: REPO, encoding: 'utf8' })
    const result = JSON.parse(out.trim().split('\n').pop()!) as { loaded: string[]; steps: Record<string, boolean> }
    expect(result.steps).toEqual({ edit: true, backup: true, restore: true, saveAs: true, check: true })
    expect(result.loaded).toEqual([copy])
  })
})
