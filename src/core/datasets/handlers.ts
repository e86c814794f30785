// Handlers for import, dataset files and backups (the contract's "import, dataset files and backups" block):
// file info and recent files, New / Open / Save As (a consistent copy through SQLite's backup API), plus the
// import and backup handlers. They need the engine's control; without it (bare handler tests) they refuse.
import fs from 'node:fs'
import path from 'node:path'
import type { fileMethods } from '../../shared/contract/files'
import { backupHandlers } from '../backups/handlers'
import { EngineError } from '../errors'
import type { Handlers, HandlerContext } from '../handlerContext'
import { importHandlers } from '../io/handlers'
import type { DatasetControl } from './control'
import { datasetInfo } from './info'

export type FileMethod = keyof typeof fileMethods

const EXTENSION = '.lodestone'

function checkPath(p: string, mustExist: boolean): string {
  if (!path.isAbsolute(p)) throw new EngineError('invalid_input', `"${p}" is not a full path. Give the whole path, e.g. /home/me/datasets/india.lodestone.`)
  const resolved = path.resolve(p)
  if (!resolved.toLowerCase().endsWith(EXTENSION))
    throw new EngineError(
      'invalid_input',
      `Dataset files end in ${EXTENSION}; "${path.basename(resolved)}" does not. To bring in a CSV or a workbook, use Import.`
    )
  if (mustExist && !fs.existsSync(resolved))
    throw new EngineError('not_found', `There is no dataset at ${resolved}. Check the path, or create a new dataset there.`)
  if (!mustExist) {
    if (fs.existsSync(resolved)) throw new EngineError('conflict', `${resolved} already exists; Lodestone never overwrites a file. Choose another name.`)
    if (!fs.existsSync(path.dirname(resolved)))
      throw new EngineError('not_found', `The folder ${path.dirname(resolved)} does not exist. Choose an existing folder.`)
  }
  return resolved
}

async function copyTo(control: DatasetControl, target: string): Promise<void> {
  const partial = `${target}.partial`
  try {
    await control.copy(partial)
    fs.renameSync(partial, target)
  } catch (e) {
    fs.rmSync(partial, { force: true })
    throw new EngineError('internal', `The copy could not be written to ${target}: ${(e as Error).message}. The open dataset was not changed.`)
  }
}

function withoutControl(): Pick<Handlers, FileMethod> {
  const refuse = (): never => {
    throw new EngineError('internal', 'Dataset files, backups and import need the engine (createEngine); they are not available here.')
  }
  const methods: FileMethod[] = [
    'import.upload',
    'import.preview',
    'import.start',
    'import.cancel',
    'import.report',
    'jobs.get',
    'datasets.info',
    'datasets.recent',
    'datasets.welcome',
    'datasets.new',
    'datasets.open',
    'datasets.saveAs',
    'backups.list',
    'backups.create',
    'backups.restore',
    'backups.setKeep'
  ]
  return Object.fromEntries(methods.map((m) => [m, refuse])) as unknown as Pick<Handlers, FileMethod>
}

export function fileHandlers(ctx: HandlerContext): Pick<Handlers, FileMethod> {
  const control = ctx.control
  if (!control) return withoutControl()
  return {
    ...importHandlers(ctx, control),
    ...backupHandlers(ctx, control),
    'datasets.info': () => datasetInfo(ctx.info.datasetPath, ctx.info.readOnly, control),
    'datasets.recent': () => control.recent(),
    'datasets.welcome': () => ({ firstOpen: control.welcome() }),
    'datasets.new': (input) => {
      control.reopen(checkPath(input.path, false), input.from)
      return control.current()
    },
    'datasets.open': (input) => {
      control.reopen(checkPath(input.path, true))
      return control.current()
    },
    'datasets.saveAs': async (input) => {
      const target = checkPath(input.path, false)
      if (control.jobs.isRunning()) throw new EngineError('conflict', 'An import is running; use Save As when it has finished, or cancel it first.')
      await copyTo(control, target)
      control.welcomeCopy(target)
      control.reopen(target)
      return control.current()
    }
  }
}
