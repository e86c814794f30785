// Brings a dataset's schema up to SCHEMA_VERSION: runs the caller's before-migrate step first when the file holds
// data (the engine's takes a backup copy, kind before-migration: see backups/snapshot.ts), then every pending
// migration in one transaction, so a failure leaves the file as it was. The db layer knows nothing of backups.
import type { Db } from './connection'
import { EngineError } from '../errors'
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from './migrations'

/** Runs before a file with data (schema `from` > 0) is migrated; answers the backup it made, if any. */
export type BeforeMigrate = (db: Db, file: string, from: number) => string | null

/** A file with data is only upgraded after a backup copy: without a before-migrate step, refuse (before any write). */
export function refuseWithoutBackup(file: string, from: number): never {
  throw new EngineError(
    'internal',
    `${file} needs its schema upgraded (${from} to ${SCHEMA_VERSION}), which is only done after a backup copy; open it in Lodestone. Nothing was changed.`
  )
}

export function migrate(db: Db, file: string, beforeMigrate?: BeforeMigrate): { from: number; to: number; backup: string | null } {
  const from = db.pragma('user_version', { simple: true }) as number
  if (from >= SCHEMA_VERSION) return { from, to: from, backup: null }
  let backup: string | null = null
  if (from > 0 && file !== ':memory:') {
    if (!beforeMigrate) refuseWithoutBackup(file, from)
    backup = beforeMigrate(db, file, from)
  }
  db.transaction(() => {
    for (const m of MIGRATIONS.filter((step) => step.version > from)) db.exec(m.sql)
    db.pragma(`application_id = ${APPLICATION_ID}`)
    db.pragma(`user_version = ${SCHEMA_VERSION}`)
  })()
  return { from, to: SCHEMA_VERSION, backup }
}
