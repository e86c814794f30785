// The CLI's commands: `new` (a dataset from the starter data, never over an existing file), `info` (schema,
// tables and row counts through the engine's own app.info / tables.list, opened read-only) and `check`
// (integrity, references, schema version via core's checkDataset). Each returns an exit code or throws CliError.
import fs from 'node:fs'
import path from 'node:path'
import { createEngine, type Engine, type EngineOptions } from '../core/engine'
import { checkDataset } from '../core/db/check'
import type { AppInfo } from '../shared/api'
import { CliError, formatBytes, type Io } from './io'

/** The contract has no 'cli' host yet; the CLI is a headless Node host like the browser host. */
const CLI_HOST: AppInfo['host'] = 'cli'

function openEngine(options: Omit<EngineOptions, 'host'>): Engine {
  try {
    return createEngine({ ...options, host: CLI_HOST })
  } catch (e) {
    throw new CliError((e as Error).message)
  }
}

/** The engine's answer, or its refusal as the CLI's error. */
async function orFail<T>(answer: Promise<T>): Promise<T> {
  try {
    return await answer
  } catch (e) {
    throw new CliError((e as Error).message)
  }
}

function removeQuietly(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true })
}

export async function newDataset(file: string, starterDir: string, io: Io): Promise<number> {
  if (fs.existsSync(file)) throw new CliError(`${file} already exists; Lodestone never overwrites a file. Choose another name.`)
  let engine: Engine
  try {
    engine = openEngine({ datasetPath: file, createIfMissing: 'starter', starterDir })
  } catch (e) {
    removeQuietly(file)
    throw e
  }
  try {
    const tables = await orFail(engine.invoke('tables.list', {}))
    const rows = tables.reduce((sum, t) => sum + t.rowCount, 0)
    io.out(`Created ${file} from the starter data (${rows} rows in ${tables.length} tables).`)
  } finally {
    engine.close()
  }
  return 0
}

export async function showInfo(file: string, io: Io): Promise<number> {
  if (!fs.existsSync(file)) throw new CliError(`there is no dataset at ${file}`)
  const engine = openEngine({ datasetPath: file, readOnly: true, createIfMissing: false })
  try {
    const info = await orFail(engine.invoke('app.info', {}))
    const tables = await orFail(engine.invoke('tables.list', {}))
    const width = Math.max(...tables.map((t) => `${t.label} (${t.name})`.length), 10)
    io.out(`Dataset  ${info.datasetName}`)
    io.out(`Path     ${info.datasetPath}`)
    io.out(`Size     ${formatBytes(info.sizeBytes)}`)
    io.out(`Schema   version ${info.schemaVersion}`)
    io.out('Tables')
    for (const t of tables) io.out(`  ${`${t.label} (${t.name})`.padEnd(width)}  ${String(t.rowCount).padStart(8)}`)
    io.out(`  ${'Total rows'.padEnd(width)}  ${String(tables.reduce((s, t) => s + t.rowCount, 0)).padStart(8)}`)
  } finally {
    engine.close()
  }
  return 0
}

export function runCheck(file: string, io: Io): number {
  if (!fs.existsSync(file)) throw new CliError(`there is no dataset at ${file}`)
  let report
  try {
    report = checkDataset(file)
  } catch (e) {
    throw new CliError((e as Error).message)
  }
  io.out(`${report.path}: ${report.ok ? 'ok' : 'PROBLEMS FOUND'}`)
  io.out(`  schema      ${report.schemaVersion ?? 'unreadable'} (this app writes ${report.currentSchemaVersion})`)
  io.out(`  integrity   ${report.integrity.length ? report.integrity.slice(0, 5).join('; ') : 'not checked'}`)
  io.out(
    `  references  ${report.foreignKeyProblems.length ? `${report.foreignKeyProblems.length} broken` : report.schemaVersion === null ? 'not checked' : 'ok'}`
  )
  for (const note of report.notes) io.out(`  note: ${note}`)
  for (const problem of report.problems) io.out(`  problem: ${problem}`)
  if (!report.ok) throw new CliError(`${path.basename(file)} failed its check (${report.problems.length} problem${report.problems.length === 1 ? '' : 's'})`)
  return 0
}
