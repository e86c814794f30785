// Crash trials: 50 child processes killed with SIGKILL, 25 in the middle of an edit loop and 25 during an import.
// After each kill the dataset passes integrity_check, every edit the child acknowledged is there (whole batches
// only), and the import is either wholly there or wholly absent (wholly there once it said "committed").
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'vite'
import { createEngine } from '../engine'
import { removeDir, tempDir } from '../testing/tempDataset'

const REPO = path.resolve(__dirname, '../../..')
const OUT = path.join(REPO, 'node_modules/.cache/lodestone-crash-trials')
const CHILD = path.join(OUT, 'crashChild.cjs')
const TRIALS = 25
const IMPORT_ROWS = 30_000

let dir: string
let template: string
let csv: string

function randomInt(max: number): number {
  return Math.floor(Math.random() * max)
}

interface ChildRun {
  lines: string[]
  killed: boolean
}

/** Runs the child; `killWhen` decides, from its output so far, after how many ms to kill it (null: not yet). */
function runChild(args: string[], killWhen: (lines: string[]) => number | null): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    const lines: string[] = []
    let buffer = ''
    let scheduled = false
    let killed = false
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const parts = buffer.split('\n')
      buffer = parts.pop() ?? ''
      lines.push(...parts)
      const delay = scheduled ? null : killWhen(lines)
      if (delay !== null) {
        scheduled = true
        setTimeout(() => {
          killed = child.kill('SIGKILL')
        }, delay)
      }
    })
    child.on('error', reject)
    child.on('exit', () => resolve({ lines: buffer ? [...lines, buffer] : lines, killed }))
  })
}

function integrity(file: string): string {
  const db = new Database(file)
  try {
    return db.pragma('integrity_check', { simple: true }) as string
  } finally {
    db.close()
  }
}

function query<T>(file: string, sql: string): T {
  const db = new Database(file, { readonly: true })
  try {
    return db.prepare(sql).get() as T
  } finally {
    db.close()
  }
}

function copyTemplate(name: string): string {
  const file = path.join(dir, name)
  fs.copyFileSync(template, file)
  return file
}

beforeAll(async () => {
  await build({
    configFile: false,
    logLevel: 'error',
    root: REPO,
    build: {
      ssr: path.join(__dirname, 'crashChild.ts'),
      outDir: OUT,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'cjs', entryFileNames: 'crashChild.cjs' } }
    }
  })
  dir = tempDir('lodestone-crash-')
  template = path.join(dir, 'template.lodestone')
  const engine = createEngine({ datasetPath: template, host: 'test', createIfMissing: 'empty' })
  const seeded = await engine.call('edits.apply', {
    changes: [
      { kind: 'insert', table: 'country', values: { code: 'IND', name: 'India', kind: 'country' } },
      { kind: 'insert', table: 'country', values: { code: 'CHN', name: 'China', kind: 'country' } }
    ]
  })
  expect(seeded.ok).toBe(true)
  engine.close()
  const rows = Array.from({ length: IMPORT_ROWS }, (_, i) => `IND,CHN,${1900 + (i % 200)},${280000 + Math.floor(i / 200)},import,${i}`)
  csv = path.join(dir, 'trade.csv')
  fs.writeFileSync(csv, ['reporter,partner,year,hs,flow,kg', ...rows].join('\n'))
}, 180_000)

afterAll(() => removeDir(dir))

describe('kill -9 loses nothing that was acknowledged', () => {
  it(`${TRIALS} kills during edit loops: integrity ok, every acknowledged batch present, batches whole`, async () => {
    for (let t = 0; t < TRIALS; t++) {
      const file = copyTemplate(`edits-${t}.lodestone`)
      const delay = randomInt(120)
      const run = await runChild(['edits', file], (lines) => (lines.some((l) => l.startsWith('ack')) ? delay : null))
      expect(run.killed, run.lines.join('\n')).toBe(true)
      expect(integrity(file)).toBe('ok')
      const acked = run.lines.filter((l) => l.startsWith('ack ')).map((l) => Number(l.slice(4)))
      expect(acked.length).toBeGreaterThan(0)
      for (const n of acked) expect(query<{ n: number }>(file, `SELECT count(*) AS n FROM source WHERE code LIKE 'CRASH-${n}-%'`).n).toBe(20)
      const total = query<{ n: number }>(file, "SELECT count(*) AS n FROM source WHERE code LIKE 'CRASH-%'").n
      expect(total % 20).toBe(0)
      expect(total / 20).toBeGreaterThanOrEqual(Math.max(...acked))
      expect(query<{ n: number }>(file, "SELECT count(*) AS n FROM change_log c JOIN edit_batch b ON b.id = c.batch_id WHERE b.label LIKE 'batch %'").n).toBe(
        total
      )
    }
  }, 300_000)

  it(`${TRIALS} kills during imports: integrity ok, the import wholly there or wholly absent`, async () => {
    const control = copyTemplate('control.lodestone')
    const started = Date.now()
    const full = await runChild(['import', control, csv], () => null)
    const duration = Date.now() - started
    expect(full.lines).toContain(`committed ${IMPORT_ROWS}`)
    let absent = 0
    for (let t = 0; t < TRIALS; t++) {
      const file = copyTemplate(`import-${t}.lodestone`)
      const delay = randomInt(Math.max(50, duration))
      const run = await runChild(['import', file, csv], (lines) => (lines.includes('begin') ? delay : null))
      expect(integrity(file)).toBe('ok')
      const rows = query<{ n: number }>(file, 'SELECT count(*) AS n FROM trade_flow').n
      const logged = query<{ n: number }>(file, "SELECT count(*) AS n FROM edit_batch WHERE origin = 'import'").n
      expect([0, IMPORT_ROWS]).toContain(rows)
      expect(logged).toBe(rows ? 1 : 0)
      if (run.lines.some((l) => l.startsWith('committed'))) expect(rows).toBe(IMPORT_ROWS)
      if (rows === 0) absent++
    }
    console.log(`Crash trials: ${TRIALS} kills during imports (${absent} before commit, ${TRIALS - absent} after); a whole import took ${duration} ms.`)
    expect(absent).toBeGreaterThan(0)
  }, 600_000)
})
