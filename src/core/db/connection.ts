// The one place a connection to a dataset file is made: the session, every worker task, backups, checks and
// the starter open through here, with one set of pragmas per kind of connection and the better-sqlite3 build
// (Electron has its own) set once per process (or worker) by setNativeBinding. Nothing else calls new Database.
import Database from 'better-sqlite3'

export type Db = Database.Database

/**
 * write: the engine's own connection and the workers that write (imports, undo of an import): WAL, full sync,
 * foreign keys, a busy wait. read: never writes, and the file must exist (a look before opening, a read-only or
 * damaged file, the check, a sort, a copy): a busy wait only.
 */
export type ConnectionKind = 'write' | 'read'

export const BUSY_TIMEOUT_MS = 5000

let binding: string | undefined

/** The better-sqlite3 build every connection in this process loads (undefined: the one installed for Node). */
export function setNativeBinding(file: string | undefined): void {
  binding = file
}

export function nativeBinding(): string | undefined {
  return binding
}

export interface ConnectOptions {
  /** write only: create the file when it does not exist (default: it must exist). */
  create?: boolean
}

export function connect(file: string, kind: ConnectionKind, options: ConnectOptions = {}): Db {
  if (kind === 'read') {
    const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: binding })
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    return db
  }
  const db = new Database(file, { fileMustExist: !options.create, nativeBinding: binding })
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
  } catch (e) {
    db.close()
    throw e
  }
  return db
}
