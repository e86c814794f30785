// Indicator codes as people read them: "Import share, volume" for import_share_volume. The one place for these
// words: the starter names its indicators with it, briefs print it, the grid and cards show it instead of the code.
// Also which indicators measure growth or change (a percentage that may fall outside 0-100).

const ACRONYMS: Readonly<Record<string, string>> = { cagr: 'CAGR', ree: 'REE', rees: 'REEs', reo: 'REO', treo: 'TREO', usd: 'USD', ndpr: 'NdPr' }

/** Codes whose words need more than the code split at underscores. */
const LABELS: Readonly<Record<string, string>> = {
  price_avg: 'Average price',
  price_floor: 'Price floor',
  import_cagr: 'Import growth (CAGR)',
  import_share_volume: 'Import share, volume',
  import_share_value: 'Import share, value',
  import_share_unspecified: 'Import share, basis not stated',
  import_source_share: 'Import source share',
  import_dependence_share: 'Import dependence share',
  resources_in_situ: 'Resources, in situ',
  ore_resource: 'Ore resource',
  production_quota_mining: 'Production quota, mining',
  production_quota_separation: 'Production quota, separation',
  ree_present_count: 'REEs present (count)',
  element_share_of_TREO: 'Element share of TREO',
  net_import_reliance: 'Net import reliance',
  export_quota_change: 'Export quota change',
  capex: 'Capital expenditure'
}

const VARIANTS: readonly [RegExp, string][] = [
  [/_projection$/, 'projection'],
  [/_forecast$/, 'forecast'],
  [/_target$/, 'target']
]

function words(code: string): string {
  const parts = code
    .split('_')
    .filter(Boolean)
    .map((w) => ACRONYMS[w.toLowerCase()] ?? w.toLowerCase())
  const first = parts[0] ?? ''
  if (first && first !== first.toUpperCase()) parts[0] = first.charAt(0).toUpperCase() + first.slice(1)
  return parts.join(' ')
}

/** 'import_share_volume' -> 'Import share, volume'; 'magnet_capacity_target' -> 'Magnet capacity, target'. */
export function indicatorLabel(code: string): string {
  const key = code.trim()
  if (!key) return ''
  if (LABELS[key]) return LABELS[key]
  for (const [pattern, variant] of VARIANTS) {
    if (pattern.test(key)) {
      const base = key.replace(pattern, '')
      return `${LABELS[base] ?? words(base)}, ${variant}`
    }
  }
  return words(key)
}

/** Indicators whose percentages are growth or change, so -5 % or 250 % are real values, not typing slips. */
export function measuresChange(code: string): boolean {
  return /(^|_)(cagr|growth|change|increase|decrease|yoy)(_|$)/i.test(code.trim())
}
