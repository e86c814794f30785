// The one Lodestone window: sandboxed, context-isolated, no Node, our preload only, no spellchecker (policy.ts);
// titled after the dataset (the page's own <title> does not override it). Shown once painted to avoid a white flash.
import { BrowserWindow } from 'electron'
import { mainWebPreferences } from './policy'

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
    webPreferences: mainWebPreferences(options.preload, options.devTools)
  })
  win.on('page-title-updated', (event) => event.preventDefault())
  win.once('ready-to-show', () => win.show())
  void win.loadURL(options.rendererUrl)
  return win
}
