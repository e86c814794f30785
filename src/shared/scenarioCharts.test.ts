// The scenario charts in the dark palette: light text and faint rules (the app passes { dark } when the OS asks
// for it); the light options, which printed briefs use, keep ECharts' default rules.
import { describe, expect, it } from 'vitest'
import { tornadoOption } from './scenarioCharts'
import type { SensitivityResult } from './scenarios'

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
