// JSON files -> records with columns: an array of objects, or an object holding one under `data`, `records`,
// `rows` or `dataset` (UN Comtrade API answers are `{data: [...]}`). Syntax errors name the line and column;
// a Comtrade error answer, an empty list or a record that is not an object is refused in words.
import { EngineError } from '../errors'
import type { Cell } from './layout'
import { firstSyntaxError } from './jsonSyntax'

export interface JsonTable {
  columns: string[]
  rows: Cell[][]
  /** True when the file looks like a UN Comtrade API answer. */
  comtrade: boolean
}

const RECORD_KEYS = ['data', 'records', 'rows', 'dataset', 'items']

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position)
  const line = before.split('\n').length
  return { line, column: position - before.lastIndexOf('\n') }
}

/** Where JSON.parse gave up: its own position when it says, else found by a small syntax scan. */
function errorPosition(text: string, message: string): number | null {
  const pos = /position (\d+)/.exec(message)
  if (pos) return Number(pos[1])
  const found = firstSyntaxError(text)
  return found < 0 ? null : found
}

function parse(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text)
  } catch (e) {
    const message = (e as Error).message
    const pos = errorPosition(text, message)
    const where = pos !== null ? lineAndColumn(text, pos) : null
    const at = where ? ` at line ${where.line}, column ${where.column}` : ''
    throw new EngineError(
      'invalid_input',
      `${fileName} is not valid JSON${at} (${message
        .replace(/^JSON\.parse: /, '')
        .split(',')[0]!
        .slice(0, 80)}). Check the file is complete; a download that stopped early often ends mid-record.`
    )
  }
}

function findRecords(value: unknown, fileName: string): unknown[] {
  if (Array.isArray(value)) return value
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>
    if (typeof obj.error === 'string' && obj.error.trim() !== '' && !Array.isArray(obj.data)) {
      throw new EngineError('invalid_input', `${fileName} is an error answer from the data service, not data: "${obj.error.slice(0, 200)}". Download it again.`)
    }
    // an ArcGIS REST answer: {"features": [{"attributes": {...}, "geometry": {...}}]}
    if (Array.isArray(obj.features) && obj.features.every((f) => f && typeof f === 'object' && 'attributes' in (f as object)))
      return (obj.features as { attributes: unknown }[]).map((f) => f.attributes)
    for (const key of RECORD_KEYS) if (Array.isArray(obj[key])) return obj[key] as unknown[]
    const keys = Object.keys(obj).slice(0, 8)
    throw new EngineError(
      'invalid_input',
      `${fileName} is a JSON object whose layout Lodestone does not know (its fields are ${keys.map((k) => `"${k}"`).join(', ')}${Object.keys(obj).length > 8 ? ', …' : ''}), and none of them holds the list of records. Lodestone reads a JSON array of objects, an object with its records under "data" (as UN Comtrade sends them), or an ArcGIS answer ("features" with "attributes"). Save the list of records itself, or convert the file to CSV.`
    )
  }
  throw new EngineError(
    'invalid_input',
    `${fileName} holds no list of records. Lodestone reads a JSON array of objects, or an object with its records under "data" (as UN Comtrade sends them).`
  )
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  return JSON.stringify(value)
}

export function readJsonTable(text: string, fileName: string): JsonTable {
  const records = findRecords(parse(text, fileName), fileName)
  if (records.length === 0) throw new EngineError('invalid_input', `${fileName} has an empty list of records, so there is nothing to import.`)
  const columns: string[] = []
  const seen = new Set<string>()
  records.forEach((r, i) => {
    if (!r || typeof r !== 'object' || Array.isArray(r)) {
      throw new EngineError(
        'invalid_input',
        `Record ${i + 1} of ${fileName} is not an object with named fields (it is ${Array.isArray(r) ? 'a list' : JSON.stringify(r)?.slice(0, 40)}). Every record must look like {"field": value, ...}.`
      )
    }
    for (const key of Object.keys(r)) {
      if (seen.has(key)) continue
      seen.add(key)
      columns.push(key)
    }
  })
  const rows = records.map((r) => columns.map((c) => toCell((r as Record<string, unknown>)[c])))
  const comtrade = ['reporterISO', 'partnerISO', 'cmdCode', 'flowCode'].every((c) => seen.has(c))
  return { columns, rows, comtrade }
}
