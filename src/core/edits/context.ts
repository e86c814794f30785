// Who edits what: the connection and the actor every change is logged under (apply, history and the log share it).
import type { Db } from '../db/connection'

export interface EditContext {
  db: Db
  actor: string
}
