// Judgement rules for entities.csv: which table a row belongs in (facility, initiative, organisation), and the
// stage, kind, pillar and status enums read from its free-text type and status. First matching rule wins;
// the loader always keeps the full printed text beside the enum (status_note, description).
import type { FACILITY_STATUS, INITIATIVE_KINDS, INITIATIVE_STATUS, PILLARS, STAGES } from '../../shared/schema'

export type EntityTable = 'facility' | 'initiative' | 'organisation'
type Stage = (typeof STAGES)[number]
type FacilityStatus = (typeof FACILITY_STATUS)[number]
type InitiativeKind = (typeof INITIATIVE_KINDS)[number]
type Pillar = (typeof PILLARS)[number]
type InitiativeStatus = (typeof INITIATIVE_STATUS)[number]

type Rule<T> = readonly [RegExp, T]

function firstMatch<T>(textIn: string, rules: readonly Rule<T>[], fallback: T): T {
  return rules.find(([re]) => re.test(textIn))?.[1] ?? fallback
}

/** 'facility ...' and 'deposit ...' -> facility; 'policy', 'partnership', 'event' -> initiative; the rest organisation. */
export function entityTable(type: string): EntityTable {
  const t = type.trim().toLowerCase()
  if (/^(facility|deposit)\b/.test(t)) return 'facility'
  if (/^(policy|partnership|event)\b/.test(t)) return 'initiative'
  return 'organisation'
}

/** The words in brackets after the type ('organisation (company, recycler)' -> 'company, recycler'). */
export function typeDetail(type: string): string | null {
  const m = /\((.*)\)\s*$/.exec(type.trim())
  return m ? m[1].trim() : null
}

// 'mine and mineral separation' is beach-sand mining with physical mineral separation, not REE separation: mining.
const STAGE_RULES: readonly Rule<Stage>[] = [
  [/magnet/i, 'magnet'],
  [/pilot|demonstration/i, 'integrated'],
  [/^deposit|\bdeposit\b/i, 'deposit'],
  [/recycl/i, 'recycling'],
  [/\bmine\b|\bmining\b/i, 'mining'],
  [/separation/i, 'separation'],
  [/refin/i, 'refining'],
  [/\bmetal\b/i, 'metal'],
  [/\balloy\b/i, 'alloy']
]

export function facilityStage(type: string): Stage {
  return firstMatch(type, STAGE_RULES, 'integrated')
}

const FACILITY_STATUS_RULES: readonly Rule<FacilityStatus>[] = [
  [/\bclosed\b|\bshut\b/i, 'closed'],
  [/\bsuspended\b|\bhalted\b/i, 'suspended'],
  [/\bawait|commissioning|\bdedicated\b/i, 'commissioning'],
  [/under construction|\bconstruction\b/i, 'construction'],
  [/\bexplor/i, 'exploration'],
  [/\bplanned\b|\bproposed\b/i, 'planned'],
  [/\boperating\b|\bcommercial\b|\bin production\b|\bcommissioned\b/i, 'operating']
]

/** A pilot or demonstration plant that runs is 'pilot'; otherwise the first status rule that matches. */
export function facilityStatus(status: string, type: string): FacilityStatus {
  const s = firstMatch(status, FACILITY_STATUS_RULES, 'unknown')
  return s === 'operating' && /pilot|demonstration/i.test(type) ? 'pilot' : s
}

const KIND_RULES: readonly Rule<InitiativeKind>[] = [
  [/export[- ]control|export licensing|export prohibition|export halt|export stoppage/i, 'export control'],
  [/^event\b/i, 'event'],
  [/^partnership\b/i, 'partnership'],
  [/legislation|\bact\b/i, 'legislation'],
  [/\bmission\b/i, 'mission'],
  [/scheme|incentive|\bPLI\b/i, 'scheme']
]

/** Kind from the type, then the name ('Draft Rs 1,345 crore ... incentive' is a scheme). */
export function initiativeKind(type: string, name: string): InitiativeKind {
  const byType = firstMatch<InitiativeKind | null>(type, KIND_RULES, null)
  // Events keep 'event' even when they stop exports (China's 2010 halt); it is not a licensing regime.
  if (byType === 'export control' && /^event\b/i.test(type)) return 'event'
  return byType ?? firstMatch<InitiativeKind>(name, KIND_RULES.slice(3), 'policy')
}

/**
 * Pillar by judgement: recycling first; export controls and events are external constraints; partnerships are
 * international partnerships; another country's own policy (China's quotas) is an external constraint for the
 * analyst's country; the rest (schemes, missions, legislation at home) is domestic development.
 */
export function initiativePillar(kind: InitiativeKind, type: string, name: string, countryCode: string, homeCode = 'IND'): Pillar {
  if (/recycl/i.test(`${type} ${name}`)) return 'recycling'
  if (kind === 'export control' || kind === 'event') return 'external constraint'
  if (kind === 'partnership') return 'international partnerships'
  if (countryCode !== homeCode && countryCode !== 'MUL') return 'external constraint'
  return 'domestic development'
}

const INITIATIVE_STATUS_RULES: readonly Rule<InitiativeStatus>[] = [
  [/\bsuperseded\b/i, 'superseded'],
  [/\bsuspended\b/i, 'suspended'],
  [/\bended\b|\blifted\b|\d{4}\s+to\s+~?\d/i, 'ended'],
  [/\bin force\b|\beffective\b|\bpassed\b|\bsince\b|quotas issued/i, 'in force'],
  [/\bapproved\b/i, 'approved'],
  [/\bdraft\b/i, 'draft'],
  [/\bproposed\b/i, 'proposed'],
  [/\bexploratory\b/i, 'exploratory'],
  [/\boperating\b|\bjoined\b/i, 'operating']
]

export function initiativeStatus(status: string): InitiativeStatus {
  return firstMatch(status, INITIATIVE_STATUS_RULES, 'unknown')
}
