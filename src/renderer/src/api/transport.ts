// How the renderer reaches the engine: the Electron preload bridge when it exists, else the browser host's
// `POST /api/call` and Server-Sent Events on `/api/events`. Knows nothing about methods; never throws on {ok:false}.
import type { CallResult, EventName, Events, Method } from '../../../shared/api'

/** What the Electron preload exposes on `window.lodestone`, and nothing else. */
export interface LodestoneBridge {
  call(method: string, args: unknown): Promise<CallResult<Method>>
  on(event: string, callback: (payload: unknown) => void): () => void
}

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
    on: (event, callback) => bridge.on(event, (payload) => callback(payload as Events[typeof event])),
    onReconnect: () => () => undefined
  }
}

async function postCall(method: Method, args: unknown): Promise<CallResult<Method>> {
  let response: Response
  try {
    response = await fetch('/api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method, args }),
      credentials: 'same-origin'
    })
  } catch {
    return { ok: false, error: { code: 'internal', message: 'Lodestone cannot reach its engine. Is the Lodestone host still running?' } }
  }
  try {
    return (await response.json()) as CallResult<Method>
  } catch {
    return { ok: false, error: { code: 'internal', message: `The engine answered ${response.status} ${response.statusText} without a readable reply.` } }
  }
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
