// The File menu's flows in the main process: ask with a native dialog, then act through the same contract
// methods the window uses (datasets.new/open/saveAs, import.upload in chunks), so every window updates through
// its usual events. Dialogs and the window are ports (faked in tests); the engine is always the real one.
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Events } from '../shared/api'
import { MAX_UPLOAD_BYTES, type DatasetInfo, type UploadResult } from '../shared/dataFiles'
import type { Engine } from '../core/engine'
import type { FileAction } from './menuTemplate'

export interface FileFilter {
  name: string
  extensions: string[]
}

export interface DialogRequest {
  title: string
  filters: FileFilter[]
  defaultPath?: string
  buttonLabel?: string
}

export interface DialogPort {
  /** The chosen file, or null when the analyst cancelled. */
  chooseOpen(request: DialogRequest): Promise<string | null>
  /** The chosen new file, or null when the analyst cancelled. */
  chooseSave(request: DialogRequest): Promise<string | null>
  showError(title: string, message: string): Promise<void>
}

export interface FileMenuPorts {
  dialogs: DialogPort
  /** Asks the window to show a view (the contract's 'app.command' event, sent to our window only). */
  command(payload: Events['app.command']): void
  /** Upload progress from 0 to 1, then null when it ends (the window's taskbar progress). */
  progress?(fraction: number | null): void
}

export type Outcome = { status: 'done'; message: string } | { status: 'cancelled' } | { status: 'busy' } | { status: 'failed'; title: string; message: string }

export const DATASET_FILTERS: FileFilter[] = [{ name: 'Lodestone datasets', extensions: ['lodestone'] }]
export const IMPORT_FILTERS: FileFilter[] = [
  { name: 'Data files (CSV, TSV, text, Excel, JSON)', extensions: ['csv', 'tsv', 'txt', 'xlsx', 'json'] },
  { name: 'All files', extensions: ['*'] }
]
/** Bytes per import.upload call (before base64), as the window sends them. */
export const UPLOAD_CHUNK = 4 * 1024 * 1024

class Refusal extends Error {
  constructor(
    readonly title: string,
    message: string
  ) {
    super(message)
  }
}

async function call<T>(engine: Pick<Engine, 'call'>, title: string, method: string, args: unknown): Promise<T> {
  const result = await engine.call(method, args)
  if (!result.ok) throw new Refusal(title, result.error.message)
  return result.value as T
}

/** A save dialog on Linux does not add the extension: "india" becomes "india.lodestone". */
export function withExtension(file: string): string {
  return path.extname(file) === '' ? `${file}.lodestone` : file
}

export function tooLargeMessage(name: string, bytes: number): string | null {
  if (bytes <= MAX_UPLOAD_BYTES) return null
  const mb = (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toLocaleString('en-US', { maximumFractionDigits: 1 })
  return `${name} is ${mb} MB; the window imports files up to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Use the command line for bigger ones: lodestone import DATASET FILE --table T.`
}

export function createFileMenu(engine: Pick<Engine, 'call'>, ports: FileMenuPorts): { run(action: FileAction): Promise<Outcome> } {
  const { dialogs } = ports
  let busy = false
  let importDir: string | undefined

  const current = (): Promise<DatasetInfo> => call<DatasetInfo>(engine, 'Lodestone could not read the open dataset', 'datasets.info', {})

  async function newDataset(from: 'starter' | 'empty'): Promise<Outcome> {
    const info = await current()
    const chosen = await dialogs.chooseSave({
      title: from === 'starter' ? 'New dataset from the starter data' : 'New empty dataset',
      filters: DATASET_FILTERS,
      defaultPath: path.join(path.dirname(info.path), 'Untitled.lodestone'),
      buttonLabel: 'Create'
    })
    if (!chosen) return { status: 'cancelled' }
    const made = await call<DatasetInfo>(engine, 'Lodestone could not create the dataset', 'datasets.new', { path: withExtension(chosen), from })
    return { status: 'done', message: `Created ${made.name}.` }
  }

  async function open(file?: string): Promise<Outcome> {
    const chosen = file ?? (await dialogs.chooseOpen({ title: 'Open a dataset', filters: DATASET_FILTERS, defaultPath: path.dirname((await current()).path) }))
    if (!chosen) return { status: 'cancelled' }
    const opened = await call<DatasetInfo>(engine, 'Lodestone could not open the dataset', 'datasets.open', { path: chosen })
    return { status: 'done', message: `Opened ${opened.name}.` }
  }

  async function saveAs(): Promise<Outcome> {
    const info = await current()
    const chosen = await dialogs.chooseSave({
      title: 'Save a copy of the dataset as',
      filters: DATASET_FILTERS,
      defaultPath: path.join(path.dirname(info.path), info.name.replace(/\.lodestone$/i, '') + ' copy.lodestone'),
      buttonLabel: 'Save copy'
    })
    if (!chosen) return { status: 'cancelled' }
    const saved = await call<DatasetInfo>(engine, 'Lodestone could not save a copy', 'datasets.saveAs', { path: withExtension(chosen) })
    return { status: 'done', message: `Saved a copy as ${saved.name}; it is open now.` }
  }

  async function upload(file: string, size: number): Promise<UploadResult> {
    const name = path.basename(file)
    const handle = await fs
      .open(file, 'r')
      .catch((e: Error) => Promise.reject(new Refusal('Lodestone could not read the file', `${file} could not be opened: ${e.message}.`)))
    try {
      let result: UploadResult | null = null
      for (let offset = 0; offset === 0 || offset < size; offset += UPLOAD_CHUNK) {
        const buffer = Buffer.alloc(Math.min(UPLOAD_CHUNK, size - offset))
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset)
        const data = buffer.subarray(0, bytesRead).toString('base64')
        result = await call<UploadResult>(engine, 'Lodestone could not import the file', 'import.upload', {
          name,
          data,
          ...(result ? { uploadId: result.uploadId } : {})
        })
        ports.progress?.(Math.min(offset + UPLOAD_CHUNK, size) / Math.max(size, 1))
      }
      return result!
    } finally {
      ports.progress?.(null)
      await handle.close()
    }
  }

  async function importFile(): Promise<Outcome> {
    const chosen = await dialogs.chooseOpen({ title: 'Import a file', filters: IMPORT_FILTERS, defaultPath: importDir, buttonLabel: 'Import' })
    if (!chosen) return { status: 'cancelled' }
    importDir = path.dirname(chosen)
    const stat = await fs
      .stat(chosen)
      .catch((e: Error) => Promise.reject(new Refusal('Lodestone could not read the file', `${chosen} could not be read: ${e.message}.`)))
    if (!stat.isFile())
      throw new Refusal('Lodestone could not import the file', `${chosen} is not a file. Choose a CSV, TSV, text, Excel (.xlsx) or JSON file.`)
    const tooLarge = tooLargeMessage(path.basename(chosen), stat.size)
    if (tooLarge) throw new Refusal('The file is too large to import here', tooLarge)
    const uploaded = await upload(chosen, stat.size)
    ports.command({ command: 'import', upload: uploaded })
    return { status: 'done', message: `Sent ${uploaded.name} to the Import view.` }
  }

  async function perform(action: FileAction): Promise<Outcome> {
    switch (action.kind) {
      case 'new':
        return newDataset(action.from)
      case 'open':
        return open()
      case 'openRecent':
        return open(action.path)
      case 'saveAs':
        return saveAs()
      case 'import':
        return importFile()
      case 'backups':
        ports.command({ command: 'backups' })
        return { status: 'done', message: 'Showing the backups.' }
    }
  }

  async function run(action: FileAction): Promise<Outcome> {
    if (busy) return { status: 'busy' }
    busy = true
    try {
      return await perform(action)
    } catch (e) {
      const title = e instanceof Refusal ? e.title : 'Something went wrong'
      const message = e instanceof Refusal ? e.message : `${(e as Error).message}. Nothing was changed.`
      await dialogs.showError(title, message)
      return { status: 'failed', title, message }
    } finally {
      busy = false
    }
  }

  return { run }
}
