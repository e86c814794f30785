// Numbers as the scenario views print them: tonnes with thousands separators, coverage with one decimal, and
// "no need" for a year or stage without demand.
export const tonnes = (x: number): string => `${Math.round(x).toLocaleString('en-GB')} t`
export const percent = (x: number | null): string => (x === null ? 'no need' : `${x.toFixed(1)}%`)
export const valueText = (x: number | null): string => (x === null ? '' : Number.isInteger(x) ? x.toLocaleString('en-GB') : String(+x.toPrecision(6)))
