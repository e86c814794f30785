// Checking an indicator's parameters against its definition: only named parameters, each of its kind
// (a known country or source code, a year, an HS code, one of the choices). Bad input is refused in words.
import type { IndicatorDef, IndicatorParams, ParamValue } from '../../shared/analysis'
import type { Db } from '../db/open'
import { EngineError } from '../errors'
import { prepared } from '../tables/statements'

export interface Country {
  id: number
  code: string
  name: string
}

export function countryByCode(db: Db, code: string): Country | undefined {
  return prepared(
    db,
    'SELECT id, code, name FROM country WHERE code = ? COLLATE NOCASE OR name = ? COLLATE NOCASE ORDER BY (code = ? COLLATE NOCASE) DESC LIMIT 1'
  ).get(code, code, code) as Country | undefined
}

function refuse(def: IndicatorDef, message: string): never {
  throw new EngineError('invalid_input', `${def.title}: ${message} Nothing was computed.`)
}

function checkOne(db: Db, def: IndicatorDef, name: string, value: ParamValue): ParamValue {
  const p = def.params.find((x) => x.name === name)
  if (!p) refuse(def, `there is no parameter "${name}"; it takes ${def.params.map((x) => x.name).join(', ') || 'none'}.`)
  if (value === null || value === '') return null
  const text = String(value).trim()
  switch (p.kind) {
    case 'year': {
      const n = typeof value === 'number' ? value : Number(text)
      if (!Number.isInteger(n) || n < 1900 || n > 2100) refuse(def, `${p.label} must be a year between 1900 and 2100, not "${text}".`)
      return n
    }
    case 'country': {
      const c = countryByCode(db, text)
      if (!c) refuse(def, `${p.label}: "${text}" is not a known country; use a code from Countries (e.g. IND, CHN, WLD).`)
      return c.code
    }
    case 'source': {
      if (text.toLowerCase() === 'any') return 'any'
      const s = prepared(db, 'SELECT code FROM source WHERE code = ? COLLATE NOCASE').get(text) as { code: string } | undefined
      if (!s) refuse(def, `${p.label}: "${text}" is not a known source code; pick one from Sources.`)
      return s.code
    }
    case 'hs':
      if (!/^\d{2,6}(\.\d{1,4})*$/.test(text)) refuse(def, `${p.label} must be an HS code such as 2846 or 2805.30, not "${text}".`)
      return text
    case 'choice':
      if (!p.choices?.some((c) => c.value === text)) refuse(def, `${p.label} must be one of ${p.choices?.map((c) => c.value).join(', ')}, not "${text}".`)
      return text
  }
}

/** The parameters to compute with: defaults filled in, every given value checked. */
export function resolveParams(db: Db, def: IndicatorDef, given: IndicatorParams): IndicatorParams {
  const out: IndicatorParams = {}
  for (const p of def.params) out[p.name] = p.default
  for (const [name, value] of Object.entries(given)) out[name] = checkOne(db, def, name, value)
  return out
}

export function stringParam(params: IndicatorParams, name: string): string {
  const v = params[name]
  return v === null || v === undefined ? '' : String(v)
}

export function yearParam(params: IndicatorParams, name: string): number | null {
  const v = params[name]
  return typeof v === 'number' ? v : null
}
