// The preload bridge (sandboxed, CommonJS): exposes window.lodestone = { call, on } and nothing else.
// The page never sees ipcRenderer, an IPC event object, Node or Electron; events arrive as (payload) only.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { CallResult, LodestoneBridge, Method } from '../shared/api'

const CALL_CHANNEL = 'lodestone:call'
const EVENT_CHANNEL = 'lodestone:event'

const bridge = {
  call: (method, args) => ipcRenderer.invoke(CALL_CHANNEL, String(method), args ?? {}) as Promise<CallResult<Method>>,
  on: (event, callback) => {
    if (typeof callback !== 'function') throw new TypeError('lodestone.on needs a callback function')
    const name = String(event)
    const listener = (_ipcEvent: IpcRendererEvent, eventName: unknown, payload: unknown): void => {
      if (eventName === name) callback(payload as never)
    }
    ipcRenderer.on(EVENT_CHANNEL, listener)
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, listener)
    }
  }
} satisfies LodestoneBridge

contextBridge.exposeInMainWorld('lodestone', bridge)
