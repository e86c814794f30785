// `lodestone brief` as an analyst runs it: a saved brief and one made on the fly, to PDF, HTML and Markdown, and
// every mistake (no --out, unknown brief or country, unwritable folder, no Chromium) as one line, exit code non-zero,
// and no file, temp file or dataset change left behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { createEngine } from '../core/engine'
import { indiaBrief, starterCopy } from '../core/briefs/testing'
import { removeDir, tempDir } from '../core/testing/tempDataset'
import { findChromium } from '../web/printer'
import { runCli } from './run'
import type { Io } from './io'

const env = { starterDir: path.resolve(__dirname, '../../resources/starter'), version: '9.9.9' }
const haveChromium = 'path' in findChromium()
let dir: string
let dataset: string
let briefId: number

beforeAll(async () => {
  dir = tempDir('lodestone-cli-brief-')
  dataset = starterCopy(dir)
  const engine = createEngine({ datasetPath: dataset, host: 'test' })
  briefId = (await indiaBrief(engine)).id
  engine.close()
})
afterAll(() => removeDir(dir))

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const out: string[] = []
  const err: string[] = []
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l) }
  const code = await runCli(argv, io, env)
  return { code, out: out.join('\n'), err }
}

const sha = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')
const leftovers = (folder: string): string[] => fs.readdirSync(folder).filter((f) => f.endsWith('.part'))

describe.skipIf(!haveChromium)('lodestone brief to PDF', () => {
  it('prints a saved brief and logs the export in its history', async () => {
    const out = path.join(dir, 'india.pdf')
    const result = await run('brief', dataset, '--brief', String(briefId), '--out', out)
    expect(result.err).toEqual([])
    expect(result.code).toBe(0)
    expect(result.out).toMatch(/Wrote .*india\.pdf \(\d+(\.\d)? KB\), dataset sha256 [0-9a-f]{64}/)
    expect(result.out).toContain('warning: 6 of the 6 assessments shown are drafts')
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-')
    const engine = createEngine({ datasetPath: dataset, host: 'test', readOnly: true })
    const history = await engine.call('briefs.history', { id: briefId })
    engine.close()
    expect(history).toMatchObject({ ok: true, value: [{ format: 'pdf', fileName: out }] })
  }, 60_000)

  it('makes a country brief on the fly without changing the dataset', async () => {
    const before = sha(dataset)
    const out = path.join(dir, 'fly.pdf')
    const result = await run('brief', dataset, '--template', 'country', '--country', 'IND', '--out', out, '--author', 'CLI')
    expect({ code: result.code, err: result.err }).toEqual({ code: 0, err: [] })
    expect(fs.statSync(out).size).toBeGreaterThan(20_000)
    expect(sha(dataset)).toBe(before)
  }, 60_000)
})

describe('lodestone brief to HTML and Markdown', () => {
  it('writes the format the extension names', async () => {
    for (const name of ['india.html', 'india.md']) {
      const out = path.join(dir, name)
      const result = await run('brief', dataset, '--brief', String(briefId), '--out', out)
      expect(result.code).toBe(0)
      expect(fs.readFileSync(out, 'utf8')).toContain(name.endsWith('.md') ? '## Key highlights' : '<h2>Key highlights</h2>')
    }
  })
})

describe('mistakes', () => {
  const cases: [string, string[], RegExp, number][] = [
    ['no --out', ['--brief', '1'], /--out FILE is required/, 2],
    ['both --brief and --template', ['--brief', '1', '--template', 'country', '--out', 'x.pdf'], /either --brief ID or --template NAME/, 2],
    ['a bad extension', ['--brief', '1', '--out', 'x.docx'], /must end in \.pdf, \.html or \.md/, 2],
    ['an unknown brief', ['--brief', '999', '--out', 'x.html'], /no brief with id 999/, 1],
    ['an unknown country', ['--template', 'country', '--country', 'ZZZ', '--out', 'x.html'], /no country with code "ZZZ"/, 1],
    ['a missing folder', ['--brief', '1', '--out', '/nonexistent-folder/x.html'], /folder \/nonexistent-folder does not exist/, 1]
  ]
  for (const [what, args, message, exitCode] of cases) {
    it(`says so for ${what}`, async () => {
      const before = sha(dataset)
      const result = await run('brief', dataset, ...args.map((a) => (a === '1' ? String(briefId) : a)))
      expect(result.code).toBe(exitCode)
      expect(result.err).toHaveLength(1)
      expect(result.err[0]).toMatch(message)
      expect(sha(dataset)).toBe(before)
    })
  }

  it('leaves nothing behind when the output cannot be written', async () => {
    const blocker = path.join(dir, 'a-file')
    fs.writeFileSync(blocker, 'x')
    const target = path.join(dir, 'taken.html')
    fs.mkdirSync(target)
    for (const out of [path.join(blocker, 'x.html'), target]) {
      const result = await run('brief', dataset, '--brief', String(briefId), '--out', out)
      expect(result.code).toBe(1)
      expect(result.err[0]).toMatch(/^lodestone: Cannot save/)
    }
    expect(leftovers(dir)).toEqual([])
    expect(fs.statSync(target).isDirectory()).toBe(true)
  })

  it('says what to do when there is no Chromium, before doing any work', async () => {
    const saved = process.env.LODESTONE_CHROMIUM
    process.env.LODESTONE_CHROMIUM = path.join(dir, 'no-such-chromium')
    try {
      const out = path.join(dir, 'none.pdf')
      const result = await run('brief', dataset, '--brief', String(briefId), '--out', out)
      expect(result.code).toBe(1)
      expect(result.err[0]).toMatch(/LODESTONE_CHROMIUM is set to .*no-such-chromium, but there is no browser there/)
      expect(fs.existsSync(out)).toBe(false)
    } finally {
      if (saved === undefined) delete process.env.LODESTONE_CHROMIUM
      else process.env.LODESTONE_CHROMIUM = saved
    }
  })
})
