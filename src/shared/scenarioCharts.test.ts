// The scenario charts in the dark palette: light text and faint rules (the app passes { dark } when the OS asks
// for it); the light options, which printed briefs use, keep ECharts' default rules.
import { describe, expect, it } from 'vitest'
import { coverageSeries, hasSm, tonnesBars, tornadoOption } from './scenarioCharts'
import type { ScenarioResults, SensitivityResult, YearResult } from './scenarios'

const result: SensitivityResult = { scenarioId: 1, year: 2030, metric: 'domesticCoverage', baseValue: 40, bars: [] }

type Option = { title: { textStyle: { color: string } }; xAxis: { splitLine?: { lineStyle: { color: string } } } }

describe('scenario charts by palette', () => {
  it('draws light text and a faint rule on the dark palette', () => {
    const dark = tornadoOption(result, { dark: true }) as unknown as Option
    expect(dark.title.textStyle.color).toBe('#e4e5e9')
    expect(dark.xAxis.splitLine?.lineStyle.color).toBe('#33353c')
  })

  it('keeps dark text and the default rules for the light palette and print', () => {
    const light = tornadoOption(result) as unknown as Option
    expect(light.title.textStyle.color).toBe('#1d1e22')
    expect(light.xAxis.splitLine).toBeUndefined()
  })
})

describe('the Sm option in the charts', () => {
  const stage = (stage: string, element: string, coverage: number) => ({ stage, element, coverage })
  const year = (smco: boolean): YearResult =>
    ({
      year: 2030,
      demand: 100,
      domesticMagnets: 40,
      domesticCoverage: 40,
      totalCoverage: 90,
      stages: [stage('metal', 'NdPr', 10), stage('metal', 'Sm', 0), stage('separation', 'Sm', 5)],
      imports: [
        { product: 'magnet', partner: 'China', tonnes: 50, unit: 't/yr magnet' },
        { product: 'SmCo', partner: 'Japan', tonnes: 7, unit: 't/yr SmCo magnet' }
      ],
      balances: [
        { product: 'magnet', unmet: 10 },
        { product: 'SmCo', unmet: 2 }
      ],
      ...(smco ? { smco: { demand: 12, domesticMagnets: 3, domesticCoverage: 25, totalCoverage: 83.3333 } } : {})
    }) as unknown as YearResult
  const results = (smco: boolean): ScenarioResults => ({ scenario: { name: 'S' }, inputs: [], years: [year(smco)] }) as unknown as ScenarioResults

  it('adds SmCo magnets and Sm at metal and separation when the results have Sm, and only then', () => {
    expect(hasSm(results(false))).toBe(false)
    expect(coverageSeries(results(false)).map((s) => s.name)).toHaveLength(7)
    const sm = coverageSeries(results(true))
    expect(sm.slice(7)).toEqual([
      { name: 'SmCo magnets, domestic', values: [25] },
      { name: 'SmCo magnets, with imports', values: [83.3] },
      { name: 'Metal Sm', values: [0] },
      { name: 'Separation Sm', values: [5] }
    ])
    expect(coverageSeries(results(true), false)).toHaveLength(7)
  })

  it('shows where the tonnes of SmCo magnets go', () => {
    expect(tonnesBars(year(true), 'SmCo')).toEqual([
      { label: 'Demand', value: 12, kind: 'need' },
      { label: 'Made in India', value: 3, kind: 'domestic' },
      { label: 'Imports: Japan', value: 7, kind: 'import' },
      { label: 'Not supplied', value: 2, kind: 'short' }
    ])
    expect(tonnesBars(year(true)).map((b) => b.label)).toEqual(['Demand', 'Made in India', 'Imports: China', 'Not supplied'])
  })
})
