// Dispatches `lodestone <command> [PATH]` to a command and turns every failure into one stderr line and a
// non-zero exit code (1 for a failed command, 2 for a usage mistake). Testable: no process.exit in here.
import path from 'node:path'
import { newDataset, runCheck, showInfo } from './commands'
import { runImportCommand } from './importCommand'
import { runBriefCommand } from './brief'
import { runScenarioCommand } from './scenario'
import { CliError, type Io } from './io'

export const USAGE = `Usage: lodestone <command> PATH

Commands:
  new PATH     create a new dataset at PATH from the starter data (refuses to overwrite a file)
  info PATH    show the dataset's schema version, tables and row counts (opens it read-only)
  check PATH   check the file's integrity, references and schema version (read-only)
  import PATH FILE --table T [--mapping auto|MAPPING.json] [--source CODE] [--dry-run] [--only-valid]
               import a CSV, XLSX or JSON file into table T (observation, trade_flow, facility, initiative,
               organisation, source, country, unit), upserting by each row's natural key; --source CODE
               names the source of every figure when the file has no source column (figures never come in
               without one); --keep-edits keeps values edited in Lodestone that the file would change; also --sheet NAME, --header-row N, --encoding E, --delimiter comma|semicolon|tab|pipe,
               --decimal . or ,, --report PROBLEMS.csv; the mapping file's format is in docs/mapping.md
  brief PATH --brief ID --out FILE.pdf
               print a saved brief to PDF (or .html, .md), logging the export in its history; or make one
               on the fly with --template country|gaps|scenario|appendix --country CODE (e.g. IND) instead of --brief
  scenario PATH [--scenario ID [--year Y]] [--json]
               list the supply-coverage scenarios (id, name), or print one's results with the bottleneck

Options:
  -h, --help     show this help
  -v, --version  show the version

To work in the dataset, run \`npm run web -- --dataset PATH\` (browser) or \`npm start\` (desktop app).`

export interface CliEnv {
  starterDir: string
  version: string
}

async function dispatch(argv: readonly string[], io: Io, env: CliEnv): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.out(USAGE)
    return 0
  }
  if (command === '-v' || command === '--version') {
    io.out(env.version)
    return 0
  }
  if (command === 'import') return runImportCommand(rest, io)
  if (command === 'brief') return runBriefCommand(rest, io)
  if (command === 'scenario') return runScenarioCommand(rest, io)
  if (!['new', 'info', 'check'].includes(command)) throw new CliError(`unknown command "${command}"; try lodestone --help`, 2)
  if (rest.length !== 1 || rest[0].startsWith('-'))
    throw new CliError(`${command} needs exactly one dataset path, e.g. lodestone ${command} india.lodestone`, 2)
  const file = path.resolve(rest[0])
  if (command === 'new') return newDataset(file, env.starterDir, io)
  if (command === 'info') return showInfo(file, io)
  return runCheck(file, io)
}

export async function runCli(argv: readonly string[], io: Io, env: CliEnv): Promise<number> {
  try {
    return await dispatch(argv, io, env)
  } catch (e) {
    const message = e instanceof CliError ? e.message : `unexpected error: ${(e as Error).message}`
    io.err(`lodestone: ${message.replace(/\s*\n\s*/g, ' ')}`)
    return e instanceof CliError ? e.exitCode : 1
  }
}
