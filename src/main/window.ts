// The one Lodestone window: sandboxed, context-isolated, no Node, our preload only; titled after the dataset
// (the page's own <title> does not override it). Shown once painted to avoid a white flash.
import { BrowserWindow } from 'electron'

export interface WindowOptions {
  title: string
  preload: string
  rendererUrl: string
  devTools: boolean
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: options.title,
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      safeDialogs: true,
      devTools: options.devTools
    }
  })
  win.on('page-title-updated', (event) => event.preventDefault())
  win.once('ready-to-show', () => win.show())
  void win.loadURL(options.rendererUrl)
  return win
}
