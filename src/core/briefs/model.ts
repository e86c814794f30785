// New briefs and their defaults per template (sections in order, charts, the lead source, an appendix table for
// the country), and applying a patch to a saved brief. The config is always re-parsed with its zod schema.
import { briefConfig, TEMPLATE_LABELS, TEMPLATE_SECTIONS, type Brief, type BriefConfig, type BriefPatch, type Paper, type Template } from '../../shared/briefs'
import type { Db } from '../db/open'
import { EngineError } from '../errors'
import { countryById, type CountryRow } from './data'
import { defaultLeadSource } from './draft'
import { getBrief, insertBrief, type NewBrief } from './store'

export function defaultConfig(db: Db, template: Template, country: CountryRow | undefined): BriefConfig {
  const sections = TEMPLATE_SECTIONS[template].map((kind) => ({ kind, include: true }))
  const base = { sections, leadSourceId: template === 'country' ? defaultLeadSource(db, country) : null }
  if (template === 'country') return briefConfig.parse({ ...base, charts: ['world_production', 'import_shares'] })
  if (template === 'appendix') {
    const filters = country ? [{ column: 'country_id', op: 'equals', value: country.name }] : []
    return briefConfig.parse({
      ...base,
      tables: [{ table: 'observation', title: country ? `Figures for ${country.name}` : 'Figures', filters, sort: [{ column: 'year', dir: 'desc' }] }]
    })
  }
  return briefConfig.parse(base)
}

function defaultTitle(template: Template, country: CountryRow | undefined): string {
  if (template === 'scenario' && !country) return 'Magnet supply scenarios: how much of demand each stage of the chain could cover'
  if (!country) return TEMPLATE_LABELS[template]
  if (template === 'country') return `${country.name}'s rare-earth dependence: where the plan stands`
  if (template === 'gaps') return `${country.name}: rare-earth supply-chain gaps`
  if (template === 'scenario') return `${country.name}'s magnet supply: how much each stage could cover, by scenario`
  return `${country.name}: data appendix`
}

export interface CreateInput {
  template: Template
  countryId?: number | null
  title?: string
  author?: string
  classification?: string
  paper?: Paper
  date?: string
}

function newBrief(db: Db, input: CreateInput, now: Date): NewBrief & { country: CountryRow | undefined } {
  const country = countryById(db, input.countryId ?? null)
  if (input.countryId && !country)
    throw new EngineError('not_found', `There is no country with id ${input.countryId}. Pick the brief's country from the Countries table.`)
  return {
    title: input.title?.trim() || defaultTitle(input.template, country),
    template: input.template,
    countryId: country?.id ?? null,
    country,
    author: input.author ?? '',
    classification: input.classification ?? 'Internal',
    date: input.date ?? now.toISOString().slice(0, 10),
    paper: input.paper ?? 'A4',
    config: defaultConfig(db, input.template, country)
  }
}

export function createBrief(db: Db, input: CreateInput, now = new Date()): Brief {
  return getBrief(db, insertBrief(db, newBrief(db, input, now)))
}

/** A brief made on the fly and never saved (the CLI's --template): id 0. */
export function unsavedBrief(db: Db, input: CreateInput, now = new Date()): Brief {
  const { country, ...fields } = newBrief(db, input, now)
  const stamp = now.toISOString()
  return { ...fields, id: 0, countryCode: country?.code ?? null, countryName: country?.name ?? null, createdAt: stamp, updatedAt: stamp, version: 1 }
}

/** The brief with the patch applied (not saved): unknown sections are refused, the config re-validated. */
export function patched(brief: Brief, patch: BriefPatch): Brief {
  const config = patch.config ? briefConfig.parse(patch.config) : brief.config
  const kinds = config.sections.map((s) => s.kind)
  const dupe = kinds.find((k, i) => kinds.indexOf(k) !== i)
  if (dupe) throw new EngineError('invalid_input', `The section "${dupe}" appears twice in the outline; keep one.`)
  return {
    ...brief,
    title: patch.title?.trim() ?? brief.title,
    author: patch.author ?? brief.author,
    classification: patch.classification ?? brief.classification,
    date: patch.date ?? brief.date,
    paper: patch.paper ?? brief.paper,
    countryId: patch.countryId === undefined ? brief.countryId : patch.countryId,
    config
  }
}

export function duplicateBrief(db: Db, brief: Brief): Brief {
  const id = insertBrief(db, { ...brief, title: `${brief.title} (copy)`.slice(0, 200) })
  return getBrief(db, id)
}
