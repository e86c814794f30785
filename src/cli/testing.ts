// For the CLI's tests only: a temp folder holding a new starter dataset, `run(...argv)` that captures stdout
// and stderr lines and the exit code, and `write(name, lines)` for the files to import.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runCli } from './run'
import type { Io } from './io'

const REPO = path.resolve(__dirname, '../..')
export const CLI_ENV = { starterDir: path.join(REPO, 'resources/starter'), version: '9.9.9' }

export interface CliRun {
  code: number
  out: string[]
  err: string[]
}

export interface CliSandbox {
  dir: string
  dataset: string
  run(...argv: string[]): Promise<CliRun>
  write(name: string, lines: readonly string[]): string
  remove(): void
}

export async function runCapture(argv: readonly string[]): Promise<CliRun> {
  const out: string[] = []
  const err: string[] = []
  const io: Io = { out: (l) => out.push(...l.split('\n')), err: (l) => err.push(l) }
  return { code: await runCli(argv, io, CLI_ENV), out, err }
}

/** A temp folder with `india.lodestone` made by `lodestone new`. */
export async function cliSandbox(prefix: string): Promise<CliSandbox> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  const dataset = path.join(dir, 'india.lodestone')
  const made = await runCapture(['new', dataset])
  if (made.code !== 0) throw new Error(made.err.join('\n'))
  return {
    dir,
    dataset,
    run: (...argv) => runCapture(argv),
    write(name, lines) {
      const file = path.join(dir, name)
      fs.writeFileSync(file, lines.join('\n'))
      return file
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true })
  }
}
