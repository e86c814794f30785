// Brings a dataset's schema up to SCHEMA_VERSION: copies the file aside first (when it holds data),
// then runs every pending migration in one transaction, so a failure leaves the file as it was.
import fs from 'node:fs'
import type { Db } from './open'
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from './migrations'

export function backupPathFor(file: string, fromVersion: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  return `${file}.before-migration-v${fromVersion}-${stamp}.bak`
}

export function migrate(db: Db, file: string): { from: number; to: number; backup: string | null } {
  const from = db.pragma('user_version', { simple: true }) as number
  if (from >= SCHEMA_VERSION) return { from, to: from, backup: null }
  let backup: string | null = null
  if (from > 0 && file !== ':memory:') {
    db.pragma('wal_checkpoint(TRUNCATE)')
    backup = backupPathFor(file, from)
    fs.copyFileSync(file, backup)
  }
  db.transaction(() => {
    for (const m of MIGRATIONS.filter((step) => step.version > from)) db.exec(m.sql)
    db.pragma(`application_id = ${APPLICATION_ID}`)
    db.pragma(`user_version = ${SCHEMA_VERSION}`)
  })()
  return { from, to: SCHEMA_VERSION, backup }
}
