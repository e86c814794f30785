// The ports a host plugs into the engine for briefs and exports: a Printer (HTML -> PDF bytes; headless Chromium
// in the browser host and CLI, Electron's printToPDF on the desktop) and an optional file saver (the desktop's
// native save dialog). Plus writing a file safely: to a temp file beside it, then renamed, never half-written.
import fs from 'node:fs'
import path from 'node:path'
import type { Paper } from '../../shared/briefs'
import { EngineError } from '../errors'

export interface PrintOptions {
  paper: Paper
  /** For messages only: the document being printed. */
  title: string
}

export interface Printer {
  /** The PDF bytes of a self-contained HTML document whose CSS sets page size, margins, header and footer. */
  print(html: string, options: PrintOptions): Promise<Buffer>
  /** Release the browser, when the printer keeps one warm. */
  close?(): Promise<void>
}

/** Asks the analyst where to save (desktop); null when they cancel. */
export type SaveFile = (suggestedName: string, bytes: Buffer, format: string) => Promise<string | null>

export interface HostPorts {
  printer?: Printer
  saveFile?: SaveFile
}

export class PrinterUnavailableError extends EngineError {
  constructor(message: string) {
    super('internal', message)
  }
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true })
  } catch {
    // Nothing was created, or it cannot be reached: either way there is nothing to clean up.
  }
}

/** Write bytes to `file` atomically: a temp file in the same folder, then a rename; on any error nothing is left. */
export function writeFileAtomic(file: string, bytes: Buffer | string): void {
  const dir = path.dirname(path.resolve(file))
  if (!fs.existsSync(dir))
    throw new EngineError('invalid_input', `Cannot save ${path.basename(file)}: the folder ${dir} does not exist. Choose another folder.`, { path: file })
  if (!fs.statSync(dir).isDirectory())
    throw new EngineError('invalid_input', `Cannot save ${path.basename(file)}: ${dir} is a file, not a folder. Choose another folder.`, { path: file })
  if (fs.existsSync(file) && fs.statSync(file).isDirectory())
    throw new EngineError('invalid_input', `Cannot save to ${file}: it is a folder. Give a file name.`, { path: file })
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.part`)
  try {
    fs.writeFileSync(temp, bytes, { flag: 'wx' })
    fs.renameSync(temp, file)
  } catch (e) {
    removeQuietly(temp)
    const code = (e as NodeJS.ErrnoException).code
    const why =
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'the folder is not writable' : code === 'ENOSPC' ? 'the disk is full' : (e as Error).message
    throw new EngineError('invalid_input', `Cannot save ${path.basename(file)} in ${dir}: ${why}. Nothing was written; choose another folder.`, { path: file })
  }
}

/** A file name from a title: letters, digits and dashes, with the extension. */
export function fileNameFor(title: string, extension: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .slice(0, 80)
    .replace(/-+$/, '')
  return `${base || 'brief'}.${extension}`
}
