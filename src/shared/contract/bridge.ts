// What the Electron preload exposes on `window.lodestone`, and nothing else: the one type the preload
// `satisfies` and the renderer's transport uses. The browser host offers the same two things over HTTP.
import type { EventName, Events } from './events'
import type { CallResult, Method } from './index'

export interface LodestoneBridge {
  call(method: Method, args?: unknown): Promise<CallResult<Method>>
  on<E extends EventName>(event: E, callback: (payload: Events[E]) => void): () => void
}
