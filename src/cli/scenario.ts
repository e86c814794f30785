// `lodestone scenario PATH [--json]` lists the dataset's scenarios (id and name); `--scenario ID [--year Y]` prints
// its results per year (coverage, per stage, imports, bottleneck in words; Sm rows for a scenario with SmCo magnets).
// Opens the dataset read-only; a scenario that cannot be computed says why and exits 1.
import path from 'node:path'
import fs from 'node:fs'
import type { ScenarioResults, ScenarioSummary, SmcoYear, YearResult } from '../shared/scenarios'
import { SCENARIO_ELEMENTS } from '../shared/scenarios'
import { createEngine } from '../core/engine'
import { CliError, type Io } from './io'

export const SCENARIO_USAGE = 'lodestone scenario PATH [--scenario ID] [--year Y] [--json]'

interface Args {
  dataset: string
  scenario: number | null
  year: number | null
  json: boolean
}

const usage = (m: string): CliError => new CliError(`${m}; usage: ${SCENARIO_USAGE}`, 2)

export function parseScenarioArgs(argv: readonly string[]): Args {
  const positional: string[] = []
  const args: Args = { dataset: '', scenario: null, year: null, json: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--json') args.json = true
    else if (a === '--scenario' || a === '--year') {
      const v = argv[++i]
      if (v === undefined || !/^\d+$/.test(v)) throw usage(`${a} needs a whole number`)
      if (a === '--scenario') args.scenario = Number(v)
      else args.year = Number(v)
    } else if (a.startsWith('-')) throw usage(`unknown option ${a}`)
    else positional.push(a)
  }
  if (positional.length !== 1) throw usage('give exactly one dataset path')
  if (args.year !== null && args.scenario === null) throw usage('--year needs --scenario')
  args.dataset = path.resolve(positional[0]!)
  return args
}

const pct = (x: number | null): string => (x === null ? 'no need' : `${x.toFixed(1)}%`)
const num = (x: number): string => Math.round(x).toLocaleString('en-GB')

function stageCells(y: YearResult): string[] {
  const at = (stage: string, el: string): string => pct(y.stages.find((s) => s.stage === stage && s.element === el)?.coverage ?? null)
  return [...SCENARIO_ELEMENTS.map((el) => `sep ${el} ${at('separation', el)}`), ...SCENARIO_ELEMENTS.map((el) => `metal ${el} ${at('metal', el)}`)]
}

/** The Sm option's rows of a year: SmCo magnets, Sm coverage per stage, China's share and the Sm bottleneck. */
function smcoLines(y: YearResult, sm: SmcoYear): string[] {
  const at = (stage: string): string => pct(y.stages.find((s) => s.stage === stage && s.element === 'Sm')?.coverage ?? null)
  const china = y.balances.find((b) => b.product === 'SmCo')?.chinaShare ?? null
  return [
    `  SmCo: demand ${num(sm.demand)} t, domestic ${num(sm.domesticMagnets)} t, domestic ${pct(sm.domesticCoverage)}, with imports ${pct(sm.totalCoverage)}, China share of SmCo magnets ${pct(china)}`,
    `  mining Sm ${at('mining')} | sep Sm ${at('separation')} | metal Sm ${at('metal')}`,
    `  Sm bottleneck: ${sm.bottleneck.text}`
  ]
}

export function resultsTable(r: ScenarioResults): string[] {
  const lines = [`${r.scenario.name} (id ${r.scenario.id}${r.scenario.baseName ? `, copy of ${r.scenario.baseName}` : ''})`]
  lines.push(['year', 'demand t', 'domestic t', 'domestic', 'with imports', 'China share of magnets'].join('\t'))
  for (const y of r.years) {
    const magnets = y.balances.find((b) => b.product === 'magnet')
    lines.push([y.year, num(y.demand), num(y.domesticMagnets), pct(y.domesticCoverage), pct(y.totalCoverage), pct(magnets?.chinaShare ?? null)].join('\t'))
    lines.push(`  ${stageCells(y).join(' | ')}`)
    lines.push(`  bottleneck: ${y.bottleneck.text}`)
    if (y.smco) lines.push(...smcoLines(y, y.smco))
  }
  return lines
}

export async function runScenarioCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseScenarioArgs(argv)
  if (!fs.existsSync(args.dataset)) throw new CliError(`there is no dataset at ${args.dataset}`)
  const engine = createEngine({ datasetPath: args.dataset, host: 'cli', readOnly: true, createIfMissing: false })
  try {
    if (args.scenario === null) {
      const r = await engine.call('scenarios.list', {})
      if (!r.ok) throw new CliError(r.error.message)
      const list = (r.value as ScenarioSummary[]).map((s) => ({ id: s.id, name: s.name }))
      if (args.json) io.out(JSON.stringify(list))
      else for (const s of list) io.out(`${s.id}\t${s.name}`)
      return 0
    }
    const r = await engine.call('scenarios.results', { id: args.scenario, ...(args.year !== null ? { year: args.year } : {}) })
    if (!r.ok) throw new CliError(r.error.message)
    const results = r.value as ScenarioResults
    if (args.year !== null && results.years.length === 0)
      throw new CliError(`scenario ${args.scenario} runs ${results.scenario.firstYear}-${results.scenario.lastYear}; ${args.year} is outside it`)
    if (args.json) io.out(JSON.stringify(results))
    else for (const line of resultsTable(results)) io.out(line)
    return 0
  } finally {
    engine.close()
  }
}
