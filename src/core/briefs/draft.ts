// Drafts a country brief's key highlights and takeaway from the dataset, as editable text with figure references:
// the lead source's figures first (the article a brief carries), with the latest stronger figures beside them
// (USGS production and reserves with the world total from the same release). Sentences without data are left out.
import type { Db } from '../db/open'
import { prepared } from '../tables/statements'
import { assessmentsFor, findFigures, type CountryRow, type Figure } from './data'

const CHINA = 'CHN'
const WORLD = 'WLD'
/** The range of published shares uses figures this close to the newest one, so an old outlier does not set it. */
const RECENT_YEARS = 2
const IMPORT_SHARES = ['import_share_volume', 'import_share_value', 'import_source_share', 'import_share_unspecified', 'import_dependence_share']

function ref(f: Figure): string {
  return `{${f.code}}`
}

function dependence(db: Db, c: CountryRow, lead: number | null): string[] {
  if (c.code === CHINA) return []
  const vol = findFigures(db, { indicators: ['import_share_volume'], countryCode: c.code, subjectLike: '%China%', withYear: true }, lead)[0]
  const val = findFigures(db, { indicators: ['import_share_value'], countryCode: c.code, subjectLike: '%China%', withYear: true }, lead)[0]
  const lines: string[] = []
  if (vol && val && vol.year === val.year)
    lines.push(`**Dependence.** China supplied ${ref(vol)} of ${c.name}'s rare-earth imports by volume and ${ref(val)} by value in ${vol.year}.`)
  else if (vol ?? val) lines.push(`**Dependence.** China supplied ${ref((vol ?? val) as Figure)} of ${c.name}'s rare-earth imports in ${(vol ?? val)?.year}.`)
  const found = findFigures(db, { indicators: IMPORT_SHARES, countryCode: c.code, subjectLike: '%China%', withYear: true })
  const newest = Math.max(...found.map((f) => f.year ?? 0))
  const all = found.filter((f) => (f.year ?? 0) >= newest - RECENT_YEARS)
  if (all.length >= 3) {
    const sorted = [...all].sort((a, b) => (a.value ?? 0) - (b.value ?? 0))
    const [low, high] = [sorted[0], sorted[sorted.length - 1]]
    if ((high.value ?? 0) - (low.value ?? 0) >= 10)
      lines.push(`  Published shares run from ${ref(low)} to ${ref(high)} depending on product, year and basis, so each needs its scope.`)
  }
  return lines.length === 2 ? [`${lines[0]}${lines[1].replace(/^\s+/, ' ')}`] : lines
}

function scale(db: Db, c: CountryRow, lead: number | null): string[] {
  const capacity = findFigures(db, { indicators: ['magnet_capacity'], countryCode: c.code }, lead)[0]
  const chinese = findFigures(db, { indicators: ['magnet_production'], countryCode: CHINA }, lead)[0]
  if (!capacity || !chinese || c.code === CHINA) return []
  const latest = findFigures(db, { indicators: ['magnet_production'], countryCode: CHINA, withYear: true })[0]
  const other = latest && latest.id !== chinese.id ? ` (${ref(latest)} in ${latest.year} by another estimate)` : ''
  const target = findFigures(db, { indicators: ['magnet_capacity_target'], countryCode: c.code, withYear: true })[0]
  const plan = target ? ` The ${target.year} magnet scheme aims at ${ref(target)}.` : ''
  return [`**Scale.** ${c.name}'s magnet capacity of ${ref(capacity)} compares with ${ref(chinese)} of Chinese magnet output${other}.${plan}`]
}

/** The latest figure for `who` whose source also gives the world total for the same year. */
function withWorldTotal(db: Db, indicator: string, who: string): [Figure, Figure] | undefined {
  for (const f of findFigures(db, { indicators: [indicator], countryCode: who, withYear: true })) {
    const world = findFigures(db, { indicators: [indicator], countryCode: WORLD, withYear: true }).find(
      (w) => w.year === f.year && w.sourceId === f.sourceId && w.basis === f.basis
    )
    if (world) return [f, world]
  }
  return undefined
}

function concentration(db: Db, c: CountryRow, lead: number | null): string[] {
  const mining = findFigures(db, { indicators: ['mine_production_share'], countryCode: CHINA }, lead)[0]
  const midstream = findFigures(db, { indicators: ['processing_capacity_share'], countryCode: CHINA }, lead)[0]
  const parts: string[] = []
  if (mining && midstream) parts.push(`China holds ${ref(mining)} of world mining and ${ref(midstream)} of mine-to-metal capacity.`)
  const pair = withWorldTotal(db, 'mine_production', CHINA)
  if (pair) {
    const [china, world] = pair
    const own = findFigures(db, { indicators: ['mine_production'], countryCode: c.code, withYear: true }).find(
      (f) => f.year === china.year && f.sourceId === china.sourceId
    )
    const ownText = own && c.code !== CHINA ? `; ${c.name} mined ${ref(own)}` : ''
    parts.push(
      `The ${china.sourcePublisher ?? china.sourceCode ?? 'latest'} estimate for ${china.year} puts China's mine output at ${ref(china)} of ${ref(world)} worldwide, a share of ${`{${china.code}/${world.code}}`}${ownText}.`
    )
  }
  return parts.length ? [`**Concentration.** ${parts.join(' ')}`] : []
}

function reserves(db: Db, c: CountryRow): string[] {
  const pair = withWorldTotal(db, 'reserves', c.code)
  if (!pair) return []
  const [own, world] = pair
  return [`**Reserves.** In ${own.year}, ${c.name} held ${ref(own)} of reserves against ${ref(world)} worldwide, a share of ${`{${own.code}/${world.code}}`}.`]
}

function shortTheme(name: string): string {
  return name
    .replace(/\s*\(.*$/, '')
    .replace(/:.*$/, '')
    .trim()
    .toLowerCase()
}

function gaps(db: Db, c: CountryRow): string[] {
  const rows = assessmentsFor(db, c.id, [])
  if (!rows.length) return []
  const rated = rows.filter((r) => r.severity !== null).sort((a, b) => (b.severity ?? 0) - (a.severity ?? 0))
  const names = rows.map((r) => shortTheme(r.themeName)).join('; ')
  if (rated.length)
    return [`**Gaps.** ${rows.length} gaps are assessed (${names}); the most severe is ${shortTheme(rated[0].themeName)} (severity ${rated[0].severity} of 5).`]
  return [`**Gaps.** ${rows.length} gaps are assessed (${names}); all are drafts awaiting a severity rating.`]
}

export function draftHighlights(db: Db, c: CountryRow | undefined, leadSourceId: number | null): string {
  if (!c) return ''
  const lines = [...dependence(db, c, leadSourceId), ...scale(db, c, leadSourceId), ...concentration(db, c, leadSourceId), ...reserves(db, c), ...gaps(db, c)]
  return lines.map((l) => `- ${l}`).join('\n')
}

export function draftTakeaway(db: Db, c: CountryRow | undefined): string {
  if (!c) return ''
  const rows = assessmentsFor(db, c.id, [])
  const themes = rows.map((r) => shortTheme(r.themeName))
  const list = themes.length > 1 ? `${themes.slice(0, -1).join(', ')} and ${themes[themes.length - 1]}` : themes[0]
  const gapsLine = rows.length ? ` The open gaps are ${list}.` : ''
  return `${c.name}'s plan spans recycling, domestic development and international partnerships, but it starts from a small base.${gapsLine} Headline dependence figures come from secondary sources of modest confidence: quote each with its scope, year and basis, and prefer the primary statistics where the dataset has them.`
}

/** The source most of the country's strategy rows cite (primary or other sources): the brief's lead source. */
export function defaultLeadSource(db: Db, c: CountryRow | undefined): number | null {
  if (!c) return null
  const rows = prepared(
    db,
    `SELECT source_id AS s, other_sources AS o FROM initiative WHERE country_id = ? OR partners LIKE ? OR status_note LIKE ?
       UNION ALL SELECT source_id, other_sources FROM facility WHERE country_id = ?`
  ).all(c.id, `%${c.name}%`, `%${c.name}%`, c.id) as { s: number | null; o: string | null }[]
  const counts = new Map<number, number>()
  const codeId = prepared(db, 'SELECT id FROM source WHERE code = ?')
  for (const r of rows) {
    const ids = [r.s, ...(r.o ?? '').split(/[;,]/).map((code) => (codeId.get(code.trim()) as { id: number } | undefined)?.id ?? null)]
    for (const id of new Set(ids)) if (id !== null) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  let best: number | null = null
  for (const [id, n] of counts) if (best === null || n > (counts.get(best) ?? 0) || (n === counts.get(best) && id < best)) best = id
  return best
}
