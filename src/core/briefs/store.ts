// Saved briefs: create, read, update (with a version check), duplicate, delete, and the export log.
// Briefs are documents, not grid rows: they live in their own table (migration 0003) and are written here
// with bound values only. A config that no longer parses is reported in words, never silently replaced.
import {
  briefConfig,
  type Brief,
  type BriefConfig,
  type BriefExport,
  type BriefSummary,
  type ExportFormat,
  type Paper,
  type Template
} from '../../shared/briefs'
import type { Db } from '../db/open'
import { EngineError } from '../errors'

interface BriefRow {
  id: number
  title: string
  template: Template
  country_id: number | null
  country_code: string | null
  country_name: string | null
  author: string
  classification: string
  date: string
  paper: Paper
  config: string
  created_at: string
  updated_at: string
  version: number
  exports?: number
}

const SELECT = `SELECT b.id, b.title, b.template, b.country_id, c.code AS country_code, c.name AS country_name, b.author,
  b.classification, b.date, b.paper, b.config, b.created_at, b.updated_at, b.version
  FROM brief b LEFT JOIN country c ON c.id = b.country_id`

function parseConfig(row: BriefRow): BriefConfig {
  let raw: unknown
  try {
    raw = JSON.parse(row.config)
  } catch {
    raw = null
  }
  const parsed = briefConfig.safeParse(raw)
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'config'
    throw new EngineError(
      'validation',
      `Brief ${row.id} ("${row.title}") has a settings block that cannot be read (${where}). Duplicate an older export or recreate the brief.`
    )
  }
  return parsed.data
}

function toSummary(row: BriefRow): Omit<Brief, 'config'> {
  return {
    id: row.id,
    title: row.title,
    template: row.template,
    countryId: row.country_id,
    countryCode: row.country_code,
    countryName: row.country_name,
    author: row.author,
    classification: row.classification,
    date: row.date,
    paper: row.paper,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version
  }
}

export function listBriefs(db: Db): BriefSummary[] {
  const rows = db
    .prepare(
      `${SELECT.replace('FROM brief b', ', (SELECT count(*) FROM brief_export e WHERE e.brief_id = b.id) AS exports FROM brief b')} ORDER BY b.updated_at DESC, b.id DESC`
    )
    .all() as BriefRow[]
  return rows.map((r) => ({ ...toSummary(r), exports: r.exports ?? 0 }))
}

export function getBrief(db: Db, id: number): Brief {
  const row = db.prepare(`${SELECT} WHERE b.id = ?`).get(id) as BriefRow | undefined
  if (!row) throw new EngineError('not_found', `There is no brief with id ${id}; it may have been deleted.`)
  return { ...toSummary(row), config: parseConfig(row) }
}

export interface NewBrief {
  title: string
  template: Template
  countryId: number | null
  author: string
  classification: string
  date: string
  paper: Paper
  config: BriefConfig
}

function requireCountry(db: Db, countryId: number | null): void {
  if (countryId === null) return
  if (!db.prepare('SELECT 1 FROM country WHERE id = ?').get(countryId)) {
    throw new EngineError('not_found', `There is no country with id ${countryId}. Pick the brief's country from the Countries table.`)
  }
}

export function insertBrief(db: Db, brief: NewBrief, now = new Date().toISOString()): number {
  requireCountry(db, brief.countryId)
  const info = db
    .prepare(
      `INSERT INTO brief (title, template, country_id, author, classification, date, paper, config, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    .run(brief.title, brief.template, brief.countryId, brief.author, brief.classification, brief.date, brief.paper, JSON.stringify(brief.config), now, now)
  return Number(info.lastInsertRowid)
}

export function saveBrief(db: Db, brief: Brief, expectedVersion?: number): Brief {
  requireCountry(db, brief.countryId)
  const now = new Date().toISOString()
  const info = db
    .prepare(
      `UPDATE brief SET title = ?, country_id = ?, author = ?, classification = ?, date = ?, paper = ?, config = ?, updated_at = ?,
       version = version + 1 WHERE id = ? AND version = ?`
    )
    .run(
      brief.title,
      brief.countryId,
      brief.author,
      brief.classification,
      brief.date,
      brief.paper,
      JSON.stringify(brief.config),
      now,
      brief.id,
      expectedVersion ?? brief.version
    )
  if (info.changes === 0) {
    throw new EngineError('conflict', `Brief "${brief.title}" was changed elsewhere since you opened it. Reload it and make your change again.`)
  }
  return getBrief(db, brief.id)
}

export function deleteBrief(db: Db, id: number): void {
  getBrief(db, id)
  db.prepare('DELETE FROM brief WHERE id = ?').run(id)
}

export function logExport(db: Db, entry: { briefId: number | null; fileName: string; format: ExportFormat; datasetHash: string; bytes: number }): void {
  db.prepare('INSERT INTO brief_export (brief_id, at, file_name, format, dataset_hash, bytes) VALUES (?, ?, ?, ?, ?, ?)').run(
    entry.briefId,
    new Date().toISOString(),
    entry.fileName,
    entry.format,
    entry.datasetHash,
    entry.bytes
  )
}

export function exportHistory(db: Db, briefId: number): BriefExport[] {
  getBrief(db, briefId)
  const rows = db
    .prepare('SELECT id, at, file_name, format, dataset_hash, bytes FROM brief_export WHERE brief_id = ? ORDER BY at DESC, id DESC LIMIT 200')
    .all(briefId) as { id: number; at: string; file_name: string; format: ExportFormat; dataset_hash: string; bytes: number }[]
  return rows.map((r) => ({ id: r.id, at: r.at, fileName: r.file_name, format: r.format, datasetHash: r.dataset_hash, bytes: r.bytes }))
}
