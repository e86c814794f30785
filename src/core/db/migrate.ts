// Brings a dataset's schema up to SCHEMA_VERSION: snapshots the file first (when it holds data) into its
// backups folder (kind before-migration), then runs every pending migration in one transaction, so a failure
// leaves the file as it was.
import type { Db } from './open'
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from './migrations'
import { backupFile } from '../backups/store'
import { snapshotNow } from '../backups/snapshot'

export function migrate(db: Db, file: string): { from: number; to: number; backup: string | null } {
  const from = db.pragma('user_version', { simple: true }) as number
  if (from >= SCHEMA_VERSION) return { from, to: from, backup: null }
  let backup: string | null = null
  if (from > 0 && file !== ':memory:') backup = backupFile(file, snapshotNow(db, file, 'before-migration', from).id)
  db.transaction(() => {
    for (const m of MIGRATIONS.filter((step) => step.version > from)) db.exec(m.sql)
    db.pragma(`application_id = ${APPLICATION_ID}`)
    db.pragma(`user_version = ${SCHEMA_VERSION}`)
  })()
  return { from, to: SCHEMA_VERSION, backup }
}
