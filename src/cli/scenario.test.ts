// `lodestone scenario` as an analyst uses it on a new dataset: the list (text and --json), one scenario's results
// table with its bottleneck, one year, and usage mistakes as one stderr line. The file is never written.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ScenarioResults } from '../shared/scenarios'
import type { Io } from './io'
import { createEngine } from '../core/engine'
import { runCli } from './run'

const env = { starterDir: path.resolve(__dirname, '../../resources/starter'), version: '9.9.9' }
let dir: string
let file: string
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-cli-scen-'))
  file = path.join(dir, 'india.lodestone')
  expect((await run('new', file)).code).toBe(0)
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = []
  const err: string[] = []
  const io: Io = { out: (l) => out.push(...l.split('\n')), err: (l) => err.push(l) }
  return { code: await runCli(argv, io, env), out, err }
}
const hash = (f: string): string => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex')

describe('lodestone scenario', () => {
  it('lists the starter scenarios as text and as JSON {id, name}', async () => {
    const before = hash(file)
    const text = await run('scenario', file)
    expect(text).toMatchObject({ code: 0, err: [] })
    expect(text.out).toEqual([
      '1\tAnnounced plans as recorded',
      '2\tScheme delivered on time',
      '3\tChina restricts heavy REE exports',
      '4\tRecycling and partnerships at scale'
    ])
    const json = await run('scenario', file, '--json')
    expect(JSON.parse(json.out.join('\n'))).toEqual([
      { id: 1, name: 'Announced plans as recorded' },
      { id: 2, name: 'Scheme delivered on time' },
      { id: 3, name: 'China restricts heavy REE exports' },
      { id: 4, name: 'Recycling and partnerships at scale' }
    ])
    expect(hash(file)).toBe(before)
  })

  it('prints the results table with the bottleneck, for all years or one', async () => {
    const all = await run('scenario', file, '--scenario', '1')
    expect(all.code).toBe(0)
    expect(all.out[0]).toBe('Announced plans as recorded (id 1)')
    expect(all.out.filter((l) => /^20\d\d\t/.test(l))).toHaveLength(16)
    const one = await run('scenario', file, '--scenario', '1', '--year', '2030')
    expect(one.out[2]).toBe('2030\t14,000\t8,603\t61.5%\t100.0%\t38.5%')
    expect(one.out[4]).toMatch(/^ {2}bottleneck: 2030: the chain breaks at separation, where no Dy capacity exists/)
    const json = JSON.parse((await run('scenario', file, '--scenario', '3', '--year', '2030', '--json')).out.join('\n')) as ScenarioResults
    expect(json.years.map((y) => y.year)).toEqual([2030])
    expect(json.inputs.find((i) => i.key === 'china.Dy.share')).toMatchObject({ value: 0, kind: 'assumption' })
  })

  it('answers mistakes in one line', async () => {
    expect(await run('scenario', file, '--year', '2030')).toMatchObject({ code: 2, err: [expect.stringMatching(/^lodestone: --year needs --scenario/)] })
    expect(await run('scenario', file, '--scenario', '99')).toMatchObject({ code: 1, err: [expect.stringMatching(/no scenario with id 99/)] })
    expect(await run('scenario', file, '--scenario', '1', '--year', '2050')).toMatchObject({ code: 1, err: [expect.stringMatching(/2050 is outside it/)] })
    expect(await run('scenario', path.join(dir, 'none.lodestone'))).toMatchObject({ code: 1, err: [expect.stringMatching(/no dataset at/)] })
  })

  it('prints Sm rows for a scenario with SmCo magnets, and none for one without', async () => {
    const engine = createEngine({ datasetPath: file, host: 'test', actor: 'tester' })
    const made = await engine.invoke('scenarios.create', { name: 'With SmCo', baseId: 1, overrides: [], withSm: true })
    engine.close()
    const one = await run('scenario', file, '--scenario', String(made.scenario.id), '--year', '2030')
    expect(one.code).toBe(0)
    expect(one.out.slice(5)).toEqual([
      '  SmCo: demand 120 t, domestic 3 t, domestic 2.5%, with imports 100.0%, China share of SmCo magnets 97.5%',
      '  mining Sm 100.0% | sep Sm 0.0% | metal Sm 0.0%',
      '  Sm bottleneck: 2030: no Sm separation or Sm metal-making capacity; SmCo magnets depend wholly on imports: plants make 3 t (3% of SmCo demand) from imported Sm; SmCo demand is met with imports.'
    ])
    expect((await run('scenario', file, '--scenario', '1', '--year', '2030')).out.some((l) => /Sm/.test(l))).toBe(false)
  })
})
