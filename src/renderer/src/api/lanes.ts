// The engine answers one call at a time, so the order calls reach it is the order they are served. A write the
// analyst is waiting for (a cell edit, undo, redo) goes at once; the small reads that views send to refresh after
// every change go two at a time and wait while a write is on its way, so a keypress is never queued behind a
// burst of refreshes. Every other call goes at once, as before.
import type { Method } from '../../../shared/api'

const WRITES = new Set<Method>(['edits.apply', 'history.undo', 'history.redo'])
const REFRESHES = new Set<Method>(['app.info', 'tables.list', 'history.state', 'history.forRow', 'rows.get'])
const MAX_REFRESHES = 2

let writes = 0
let refreshes = 0
const waiting: (() => void)[] = []

function pump(): void {
  while (writes === 0 && refreshes < MAX_REFRESHES && waiting.length > 0) {
    refreshes += 1
    waiting.shift()?.()
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
      pump()
    }
  }
  if (!REFRESHES.has(method)) return send()
  await new Promise<void>((go) => {
    waiting.push(go)
    pump()
  })
  try {
    return await send()
  } finally {
    refreshes -= 1
    pump()
  }
}
