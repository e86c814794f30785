// Files the UI sends for import (in base64 chunks, since the renderer has no file system): each upload is a
// temp file with an id, so the preview and the import worker read it by path. Capped in size; removed after
// the import, on close, and when the engine forgets it.
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

export class UploadStore {
  private dir: string | null = null
  private readonly uploads = new Map<string, Upload>()

  private folder(): string {
    this.dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-uploads-'))
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
