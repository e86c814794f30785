// What every contract handler is given (the open connection, the event hub, the file's info, the actor, the
// engine's dataset control and the host's ports) and the type of the whole handler map, derived from the contract.
// Its own module so the feature folders' handlers import it without importing the handler root (no cycle).
import type { AppInfo, Method, Output, ParsedInput } from '../shared/api'
import type { HostPorts } from './briefs/printer'
import type { DatasetControl } from './datasets/control'
import type { Db } from './db/open'
import type { EventHub } from './events'

/** One function per contract method, taking the already-validated input. A missing or extra one fails typecheck. */
export type Handlers = { [M in Method]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>> }

export interface HandlerContext {
  db: Db
  events: EventHub
  info: Pick<AppInfo, 'appVersion' | 'datasetPath' | 'host' | 'readOnly'>
  actor: string
  /** Engine-level services for dataset files, backups and import jobs (absent in bare handler tests). */
  control?: DatasetControl
  /** Host services for briefs and exports: the PDF printer and the desktop's save dialog. */
  ports?: HostPorts
  /** The shipped mapping files the import wizard offers (resources/mappings), or none. */
  mappingsDir?: string | null
}
