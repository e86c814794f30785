// Wires the File menu to Electron: native open/save dialogs and error boxes as the flows' ports, 'app.command'
// sent to our window on the existing event channel, upload progress on the taskbar, and the menu and window
// title rebuilt whenever another dataset is opened (Open Recent follows the engine's recent list).
import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import path from 'node:path'
import type { RecentDataset } from '../shared/dataFiles'
import type { Engine } from '../core/engine'
import { createFileMenu, type DialogPort } from './fileMenu'
import { sendEvent } from './ipc'
import { setAppMenu } from './menu'

function electronDialogs(getWindow: () => BrowserWindow | null): DialogPort {
  const parent = (): BrowserWindow | null => {
    const win = getWindow()
    return win && !win.isDestroyed() ? win : null
  }
  return {
    async chooseOpen(request) {
      const options: OpenDialogOptions = { ...request, properties: ['openFile'] }
      const win = parent()
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async chooseSave(request) {
      const options: SaveDialogOptions = { ...request, properties: ['createDirectory'] }
      const win = parent()
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async showError(title, message) {
      const win = parent()
      if (!win) return dialog.showErrorBox(title, message)
      await dialog.showMessageBox(win, { type: 'error', title, message: title, detail: message, buttons: ['OK'], noLink: true })
    }
  }
}

export interface AppMenu {
  /** Opens a dataset as File > Open Recent does (errors in a dialog): a double-clicked file or a second launch's. */
  open(file: string): Promise<unknown>
  /** Stops following the engine (on quit). */
  stop(): void
}

/** Installs the application menu for `engine`. */
export function installAppMenu(engine: Engine, getWindow: () => BrowserWindow | null, devTools: boolean): AppMenu {
  const flows = createFileMenu(engine, {
    dialogs: electronDialogs(getWindow),
    command: (payload) => sendEvent(getWindow(), 'app.command', payload),
    progress: (fraction) => {
      const win = getWindow()
      if (win && !win.isDestroyed()) win.setProgressBar(fraction ?? -1)
    }
  })
  const refresh = async (): Promise<void> => {
    const recent = await engine.call('datasets.recent', {})
    const list = recent.ok ? (recent.value as RecentDataset[]) : []
    setAppMenu({ platform: process.platform, recent: list, currentPath: engine.datasetPath, devTools }, (action) => void flows.run(action))
  }
  void refresh()
  const stop = engine.on('dataset.opened', () => {
    const win = getWindow()
    if (win && !win.isDestroyed()) win.setTitle(`Lodestone — ${path.basename(engine.datasetPath)}`)
    void refresh()
  })
  return { open: (file) => flows.run({ kind: 'openRecent', path: file }), stop }
}
