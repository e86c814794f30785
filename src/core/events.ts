// A tiny typed event hub: the engine emits contract events (dataset.changed, job.progress, ...) and hosts
// forward every one of them (onAny) to every window (IPC) or tab (Server-Sent Events).
import type { EventName, Events } from '../shared/api'

type Listener = (payload: never) => void

type AnyListener = <E extends EventName>(event: E, payload: Events[E]) => void

export class EventHub {
  private readonly listeners = new Map<EventName, Set<Listener>>()
  private readonly anyListeners = new Set<AnyListener>()

  /** Every event, by name: what hosts forward to windows and tabs. */
  onAny(callback: AnyListener): () => void {
    this.anyListeners.add(callback)
    return () => this.anyListeners.delete(callback)
  }

  on<E extends EventName>(event: E, callback: (payload: Events[E]) => void): () => void {
    const set = this.listeners.get(event) ?? new Set<Listener>()
    set.add(callback as Listener)
    this.listeners.set(event, set)
    return () => set.delete(callback as Listener)
  }

  emit<E extends EventName>(event: E, payload: Events[E]): void {
    for (const cb of this.listeners.get(event) ?? []) (cb as (p: Events[E]) => void)(payload)
    for (const cb of this.anyListeners) cb(event, payload)
  }

  clear(): void {
    this.listeners.clear()
    this.anyListeners.clear()
  }
}
