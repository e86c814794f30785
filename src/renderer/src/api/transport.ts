// How the renderer reaches the engine: the Electron preload bridge when it exists, else the browser host's
// `POST /api/call` (XMLHttpRequest) and Server-Sent Events on `/api/events`. Knows nothing about methods; never throws on {ok:false}.
import type { CallResult, EventName, Events, LodestoneBridge, Method } from '../../../shared/api'

declare global {
  interface Window {
    lodestone?: LodestoneBridge
  }
}

export interface Transport {
  readonly kind: 'electron' | 'web'
  call(method: Method, args: unknown): Promise<CallResult<Method>>
  on<E extends EventName>(event: E, callback: (payload: Events[E]) => void): () => void
  /** Called after the event stream reconnects: events may have been missed, so everything should reload. */
  onReconnect(callback: () => void): () => void
}

function electronTransport(bridge: LodestoneBridge): Transport {
  return {
    kind: 'electron',
    call: (method, args) => bridge.call(method, args),
    on: (event, callback) => bridge.on(event, callback),
    onReconnect: () => () => undefined
  }
}

const UNREACHABLE = 'Lodestone cannot reach its engine. Is the Lodestone host still running?'

/**
 * POST /api/call with XMLHttpRequest: its load event brings the whole answer in one task, where fetch resolves
 * on the headers and reads the body in a later task that can wait behind a frame (measured: a cell edit is
 * acknowledged about 6 ms sooner).
 */
function postCall(method: Method, args: unknown): Promise<CallResult<Method>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest()
    const unreachable = (): void => resolve({ ok: false, error: { code: 'internal', message: UNREACHABLE } })
    xhr.open('POST', '/api/call')
    xhr.setRequestHeader('content-type', 'application/json')
    xhr.onerror = unreachable
    xhr.onabort = unreachable
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as CallResult<Method>)
      } catch {
        resolve({ ok: false, error: { code: 'internal', message: `The engine answered ${xhr.status} ${xhr.statusText} without a readable reply.` } })
      }
    }
    xhr.send(JSON.stringify({ method, args }))
  })
}

/** One shared EventSource, opened on first subscription; listeners are attached per named event. */
function webTransport(): Transport {
  let source: EventSource | null = null
  const reconnectListeners = new Set<() => void>()
  let hadError = false

  function ensureSource(): EventSource {
    if (source) return source
    source = new EventSource('/api/events', { withCredentials: true })
    source.addEventListener('error', () => {
      hadError = true
    })
    source.addEventListener('open', () => {
      if (!hadError) return
      hadError = false
      for (const listener of reconnectListeners) listener()
    })
    return source
  }

  return {
    kind: 'web',
    call: postCall,
    on(event, callback) {
      const es = ensureSource()
      const listener = (e: MessageEvent<string>): void => {
        try {
          callback(JSON.parse(e.data) as Events[typeof event])
        } catch {
          // A malformed event is ignored: the next one, or a reload, brings the state back.
        }
      }
      es.addEventListener(event, listener as EventListener)
      return () => es.removeEventListener(event, listener as EventListener)
    },
    onReconnect(callback) {
      ensureSource()
      reconnectListeners.add(callback)
      return () => reconnectListeners.delete(callback)
    }
  }
}

let current: Transport | null = null

export function getTransport(): Transport {
  if (!current) current = window.lodestone ? electronTransport(window.lodestone) : webTransport()
  return current
}
