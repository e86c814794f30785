// Files the UI sends for import (in base64 chunks, since the renderer has no file system): each upload is a
// temp file with an id, so the preview and the import worker read it by path. Capped in size; removed after
// the import, on close, and when the engine forgets it; folders left by a host that was killed are removed when
// the next host starts (each folder names its owner's pid).
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_CHUNK_BYTES, type UploadResult } from '../../shared/dataFiles'
import { EngineError } from '../errors'

export interface Upload {
  id: string
  name: string
  path: string
  bytes: number
}

const MAX_UPLOADS = 8
const PREFIX = 'lodestone-uploads-'
const OWNER_FILE = 'owner.pid'
/** A folder with no owner file (written by an older version) is stale once it is this old. */
const UNOWNED_STALE_MS = 24 * 60 * 60 * 1000

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function ownerPid(folder: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(folder, OWNER_FILE), 'utf8').trim())
    return Number.isInteger(pid) && pid > 0 ? pid : null
  } catch {
    return null
  }
}

/**
 * Removes upload folders in `tmp` whose host is gone: the owner's pid is no longer running, or (no owner file)
 * the folder is a day old. Only this user's real folders (not symlinks); anything it cannot remove stays.
 * Returns the folders removed.
 */
export function removeStaleUploads(tmp = os.tmpdir(), alive = pidAlive, now = Date.now()): string[] {
  let names: string[]
  try {
    names = fs.readdirSync(tmp).filter((n) => n.startsWith(PREFIX))
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    const folder = path.join(tmp, name)
    try {
      const stat = fs.lstatSync(folder)
      if (!stat.isDirectory() || (process.getuid && stat.uid !== process.getuid())) continue
      const pid = ownerPid(folder)
      const stale = pid === null ? now - stat.mtimeMs > UNOWNED_STALE_MS : pid !== process.pid && !alive(pid)
      if (!stale) continue
      fs.rmSync(folder, { recursive: true, force: true })
      removed.push(folder)
    } catch {
      // Another process removed it first, or it is not ours to remove.
    }
  }
  return removed
}

export class UploadStore {
  private dir: string | null = null
  private readonly uploads = new Map<string, Upload>()

  private folder(): string {
    if (!this.dir) {
      this.dir = fs.mkdtempSync(path.join(os.tmpdir(), PREFIX))
      fs.writeFileSync(path.join(this.dir, OWNER_FILE), String(process.pid))
    }
    return this.dir
  }

  private safeName(name: string): string {
    return (
      path
        .basename(name)
        .replace(/[^\w.\- ()]+/g, '_')
        .slice(0, 120) || 'upload'
    )
  }

  append(name: string, base64: string, uploadId?: string): UploadResult {
    const chunk = Buffer.from(base64, 'base64')
    if (chunk.length > MAX_UPLOAD_CHUNK_BYTES)
      throw new EngineError('invalid_input', `An upload chunk may hold at most ${MAX_UPLOAD_CHUNK_BYTES / 1024 / 1024} MB.`)
    let upload = uploadId ? this.uploads.get(uploadId) : undefined
    if (uploadId && !upload)
      throw new EngineError('not_found', 'That upload is no longer here (it was imported, or Lodestone restarted). Choose the file again.')
    if (!upload) {
      if (this.uploads.size >= MAX_UPLOADS) this.remove(this.uploads.keys().next().value as string)
      const id = crypto.randomUUID()
      upload = { id, name: this.safeName(name), path: path.join(this.folder(), `${id}-${this.safeName(name)}`), bytes: 0 }
      this.uploads.set(id, upload)
      fs.writeFileSync(upload.path, '')
    }
    if (upload.bytes + chunk.length > MAX_UPLOAD_BYTES) {
      this.remove(upload.id)
      throw new EngineError(
        'invalid_input',
        `${name} is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB, the most Lodestone imports through the window. Use the command line: lodestone import DATASET FILE --table T.`
      )
    }
    fs.appendFileSync(upload.path, chunk)
    upload.bytes += chunk.length
    return { uploadId: upload.id, name: upload.name, bytes: upload.bytes }
  }

  get(id: string): Upload {
    const upload = this.uploads.get(id)
    if (!upload) throw new EngineError('not_found', 'That upload is no longer here (it was imported, or Lodestone restarted). Choose the file again.')
    return upload
  }

  /** A file already on disk (the CLI, tests): registered without copying. */
  register(file: string): Upload {
    const id = crypto.randomUUID()
    const upload = { id, name: path.basename(file), path: file, bytes: fs.statSync(file).size }
    this.uploads.set(id, { ...upload, path: file })
    return upload
  }

  remove(id: string): void {
    const upload = this.uploads.get(id)
    if (!upload) return
    this.uploads.delete(id)
    if (this.dir && upload.path.startsWith(this.dir)) fs.rmSync(upload.path, { force: true })
  }

  close(): void {
    this.uploads.clear()
    if (this.dir) fs.rmSync(this.dir, { recursive: true, force: true })
    this.dir = null
  }
}
