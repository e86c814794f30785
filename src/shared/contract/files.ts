// The contract's part for bringing data in and keeping it safe: import (upload in chunks, preview, start as a
// job, cancel, the problem report), dataset files (info, recent, new, open, save as) and backups. The schemas of
// read options and mappings, and the output types, live in ../dataFiles.ts.
import { z } from 'zod'
import {
  IMPORT_TABLES,
  MAX_UPLOAD_CHUNK_BYTES,
  mapping,
  mappingLacksSource,
  SOURCE_REQUIRED_MESSAGE,
  readOptions,
  type BackupItem,
  type BackupList,
  type DatasetInfo,
  type ImportPreview,
  type ImportReport,
  type JobStatus,
  type RecentDataset,
  type RestoreResult,
  type UploadResult
} from '../dataFiles'
import { TABLE_NAMES, type TableName } from '../schema'
import { job, read, returns, write, type DatasetChange } from './method'

const uploadId = z.string().regex(/^[a-z0-9-]{8,64}$/)
const jobId = z.string().regex(/^[a-z0-9-]{4,64}$/)
const datasetPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'a path cannot contain a NUL character')
  .superRefine((p, ctx) => {
    // File systems refuse a folder or file name over 255 bytes; say so instead of failing inside the engine.
    const long = p.split(/[\\/]/).find((part) => new TextEncoder().encode(part).length > 255)
    if (long !== undefined) {
      const bytes = new TextEncoder().encode(long).length
      ctx.addIssue({
        code: 'custom',
        message: `a file or folder name can be at most 255 bytes; "${long.slice(0, 24)}…" is ${bytes} bytes: choose a shorter name`
      })
    }
  })

export const fileMethods = {
  'import.upload': job(
    z
      .object({
        name: z.string().min(1).max(255),
        /** Base64 of the next chunk of the file (at most MAX_UPLOAD_CHUNK_BYTES before encoding). */
        data: z.string().max(Math.ceil(MAX_UPLOAD_CHUNK_BYTES / 3) * 4 + 4),
        /** Omit for the first chunk; then pass the id it returned. */
        uploadId: uploadId.optional()
      })
      .strict(),
    returns<UploadResult>(),
    { refusedReadOnly: true }
  ),
  'import.preview': job(
    z
      .object({
        uploadId,
        read: readOptions.default(readOptions.parse({})),
        table: z.enum(IMPORT_TABLES),
        /** Omit to get suggested mappings. */
        mapping: mapping.optional()
      })
      .strict(),
    returns<ImportPreview>(),
    { refusedReadOnly: true }
  ),
  'import.start': job(
    z
      .object({
        uploadId,
        read: readOptions.default(readOptions.parse({})),
        mapping,
        /** all: refuse unless every row is valid; valid: import the valid rows and list the skipped ones. */
        mode: z.enum(['all', 'valid']).default('all')
      })
      .strict()
      .refine((input) => !mappingLacksSource(input.mapping), { message: SOURCE_REQUIRED_MESSAGE, path: ['mapping', 'fields', 'source_id'] }),
    returns<JobStatus>(),
    { refusedReadOnly: true }
  ),
  'import.cancel': job(z.object({ jobId }).strict(), returns<JobStatus>()),
  'import.report': read(z.object({ uploadId }).strict(), returns<ImportReport>()),
  'jobs.get': read(z.object({ jobId }).strict(), returns<JobStatus>()),
  'datasets.info': read(z.object({}).strict(), returns<DatasetInfo>()),
  'datasets.recent': read(z.object({}).strict(), returns<RecentDataset[]>()),
  /**
   * Start's first-open mark: true the first time the open file is asked about (the app shows Start), false after
   * and for a Save As copy of a file already welcomed. A read: it changes no dataset, only the host's settings
   * beside recent files, and answers at once (before the integrity check) so the first view is not held up.
   */
  'datasets.welcome': read(z.object({}).strict(), returns<{ firstOpen: boolean }>()),
  'datasets.new': job(z.object({ path: datasetPath, from: z.enum(['empty', 'starter']).default('starter') }).strict(), returns<DatasetInfo>()),
  'datasets.open': job(z.object({ path: datasetPath }).strict(), returns<DatasetInfo>()),
  'datasets.saveAs': job(z.object({ path: datasetPath }).strict(), returns<DatasetInfo>()),
  'backups.list': read(z.object({}).strict(), returns<BackupList>()),
  'backups.create': job(z.object({ name: z.string().trim().min(1).max(120).optional() }).strict(), returns<BackupItem>(), { refusedReadOnly: true }),
  'backups.restore': job(z.object({ id: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/) }).strict(), returns<RestoreResult>(), { refusedReadOnly: true }),
  'backups.setKeep': write(z.object({ keep: z.number().int().min(1).max(1000) }).strict(), returns<BackupList>())
}

/** The change a finished import job made, announced when its job ends (null: it wrote nothing). */
export function jobChange(status: JobStatus): DatasetChange | null {
  const result = status.result
  if (status.kind !== 'import' || status.state !== 'done' || !result?.batchId) return null
  const tables = [...new Set([result.table, ...result.created.map((c) => c.table)])].filter((n): n is TableName =>
    (TABLE_NAMES as readonly string[]).includes(n)
  )
  return { batchId: result.batchId, tables, origin: 'import' }
}
