// Binds the contract to IPC: 'lodestone:call' (method, args) -> engine.call, only for the main frame of our
// window showing our renderer; engine events go back on 'lodestone:event' as (name, payload).
// Never hands the renderer anything but CallResults and event payloads.
import { ipcMain, type BrowserWindow, type WebFrameMain } from 'electron'
import type { EventName, Events } from '../shared/api'
import type { Engine } from '../core/engine'
import { isRendererUrl } from './trust'

export const CALL_CHANNEL = 'lodestone:call'
export const EVENT_CHANNEL = 'lodestone:event'

export function isTrustedSender(frame: WebFrameMain | null, win: BrowserWindow | null, rendererUrl: string): boolean {
  if (!frame || !win || win.isDestroyed()) return false
  const main = win.webContents.mainFrame
  if (frame.processId !== main.processId || frame.routingId !== main.routingId || frame.parent !== null) return false
  return isRendererUrl(frame.url, rendererUrl)
}

/** Sends one contract event to our window (engine events, and the host's own 'app.command'). */
export function sendEvent<E extends EventName>(win: BrowserWindow | null, name: E, payload: Events[E]): void {
  if (win && !win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, name, payload)
}

/** Returns a function that unbinds everything (on quit). */
export function bindIpc(engine: Engine, getWindow: () => BrowserWindow | null, rendererUrl: string): () => void {
  ipcMain.handle(CALL_CHANNEL, (event, method: unknown, args: unknown) => {
    if (!isTrustedSender(event.senderFrame, getWindow(), rendererUrl)) throw new Error('This page may not use Lodestone.')
    return engine.call(typeof method === 'string' ? method : '', args)
  })
  const off = engine.onAny((name, payload) => sendEvent(getWindow(), name, payload))
  return () => {
    ipcMain.removeHandler(CALL_CHANNEL)
    off()
  }
}
