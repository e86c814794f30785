// The engine answers one call at a time, so the order calls reach it is the order they are served. A write the
// analyst is waiting for (a method of kind write in the contract: a cell edit, undo, redo) goes at once. The small
// reads that views send to refresh after every change go two at a time, wait while a write is on its way, and let
// a short quiet spell pass after it (an analyst typing value after value sends the next edit within it), but never
// wait more than a second in all. So a keypress is not queued behind a burst of refreshes. Every other call goes at
// once, as before.
import { methodsOfKind, type Method, type MethodOf } from '../../../shared/api'

/** Every method the contract declares a write (a cell edit, undo, redo, paste, a brief saved...). */
const WRITES = new Set<Method>(methodsOfKind('write'))
/** The small reads views send after each change (reads only: typecheck refuses anything else here). */
const REFRESH_READS: MethodOf<'read'>[] = ['app.info', 'tables.list', 'history.state', 'history.forRow', 'rows.get']
const REFRESHES = new Set<Method>(REFRESH_READS)
const MAX_REFRESHES = 2
export const QUIET_MS = 150
export const MAX_WAIT_MS = 1000

interface Waiter {
  since: number
  go(): void
}

let writes = 0
let refreshes = 0
let lastWrite = -Infinity
let timer: ReturnType<typeof setTimeout> | undefined
const waiting: Waiter[] = []

/** Milliseconds the first waiting refresh must still wait (0: it may go). */
function holdFor(now: number): number {
  const first = waiting[0]
  if (!first) return 0
  const quiet = lastWrite + QUIET_MS - now
  const patience = first.since + MAX_WAIT_MS - now
  return Math.max(0, Math.min(quiet, patience))
}

function pump(): void {
  if (timer !== undefined) clearTimeout(timer)
  timer = undefined
  if (writes > 0) return
  const wait = holdFor(performance.now())
  if (wait > 0) {
    timer = setTimeout(pump, wait)
    return
  }
  while (refreshes < MAX_REFRESHES && waiting.length > 0) {
    refreshes += 1
    waiting.shift()?.go()
  }
}

/** Runs `send` in the lane its method belongs to. */
export async function inLane<T>(method: Method, send: () => Promise<T>): Promise<T> {
  if (WRITES.has(method)) {
    writes += 1
    try {
      return await send()
    } finally {
      writes -= 1
      lastWrite = performance.now()
      pump()
    }
  }
  if (!REFRESHES.has(method)) return send()
  await new Promise<void>((go) => {
    waiting.push({ since: performance.now(), go })
    pump()
  })
  try {
    return await send()
  } finally {
    refreshes -= 1
    pump()
  }
}
