// Arguments of `lodestone import PATH FILE --table T [--mapping auto|FILE.json] [--dry-run] [--only-valid]
// [--keep-edits] [--source CODE] [--sheet NAME] [--header-row N] [--encoding E] [--delimiter D] [--decimal . | ,]
// [--report FILE.csv]`.
// Usage mistakes are CliErrors with exit code 2 and one line saying what to write instead.
import { DELIMITERS, ENCODINGS, IMPORT_TABLES, type ImportTable, type ReadOptions } from '../shared/dataFiles'
import { CliError } from './io'

export interface ImportArgs {
  dataset: string
  file: string
  table: ImportTable
  mapping: 'auto' | string
  dryRun: boolean
  onlyValid: boolean
  /** Keep values analysts set in Lodestone where the file would change them (mapping.edited 'keep'). */
  keepEdits: boolean
  report: string | null
  /** The source every row cites, when the mapping gives none (a code in Sources). */
  source: string | null
  read: Partial<ReadOptions>
}

const VALUE_FLAGS = ['--table', '--mapping', '--source', '--sheet', '--header-row', '--encoding', '--delimiter', '--decimal', '--report'] as const
const DELIMITER_WORDS: Readonly<Record<string, string>> = { comma: ',', semicolon: ';', tab: '\t', pipe: '|', '\\t': '\t' }

function usage(message: string): CliError {
  return new CliError(`${message}; e.g. lodestone import india.lodestone trade.csv --table trade_flow`, 2)
}

function readFlag(flag: string, value: string, read: Partial<ReadOptions>): void {
  if (flag === '--sheet') read.sheet = value
  else if (flag === '--header-row') {
    const n = Number(value)
    if (!Number.isInteger(n) || n < 1) throw usage(`--header-row takes a row number from 1, not "${value}"`)
    read.headerRow = n
  } else if (flag === '--encoding') {
    if (!(ENCODINGS as readonly string[]).includes(value)) throw usage(`--encoding takes one of ${ENCODINGS.join(', ')}`)
    read.encoding = value as ReadOptions['encoding']
  } else if (flag === '--delimiter') {
    const d = DELIMITER_WORDS[value] ?? value
    if (!(DELIMITERS as readonly string[]).includes(d)) throw usage('--delimiter takes comma, semicolon, tab or pipe')
    read.delimiter = d as ReadOptions['delimiter']
  } else if (flag === '--decimal') {
    if (value !== '.' && value !== ',') throw usage('--decimal takes . or ,')
    read.decimal = value
  }
}

export function parseImportArgs(argv: readonly string[]): ImportArgs {
  const positional: string[] = []
  const values = new Map<string, string>()
  const read: Partial<ReadOptions> = {}
  let dryRun = false
  let onlyValid = false
  let keepEdits = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--dry-run') dryRun = true
    else if (arg === '--only-valid') onlyValid = true
    else if (arg === '--keep-edits') keepEdits = true
    else if ((VALUE_FLAGS as readonly string[]).includes(arg)) {
      const value = argv[++i]
      if (value === undefined) throw usage(`${arg} needs a value`)
      values.set(arg, value)
      readFlag(arg, value, read)
    } else if (arg.startsWith('-')) throw usage(`import does not know the option ${arg}`)
    else positional.push(arg)
  }
  if (positional.length !== 2) throw usage('import needs a dataset path and a file to import')
  const table = values.get('--table')
  if (!table) throw usage('import needs --table (one of ' + IMPORT_TABLES.join(', ') + ')')
  if (!(IMPORT_TABLES as readonly string[]).includes(table)) throw usage(`--table takes one of ${IMPORT_TABLES.join(', ')}, not "${table}"`)
  return {
    dataset: positional[0]!,
    file: positional[1]!,
    table: table as ImportTable,
    mapping: values.get('--mapping') ?? 'auto',
    dryRun,
    onlyValid,
    keepEdits,
    report: values.get('--report') ?? null,
    source: values.get('--source')?.trim() || null,
    read
  }
}
