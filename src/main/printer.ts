// The desktop's Printer and save dialog. Printing loads the brief's HTML (from a private temp file) into a hidden
// window with no preload, JavaScript off and a session that refuses every non-file request, then printToPDF with zero printer margins (the brief's @page rules decide, as in the browser host).
// Saving asks where with the native dialog and writes the file whole or not at all.
import { app, BrowserWindow, dialog, session } from 'electron'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { writeFileAtomic, type Printer, type PrintOptions, type SaveFile } from '../core/briefs/printer'
import { PDF_OPTIONS } from './policy'

const PARTITION = 'lodestone-print'

function printSession(): Electron.Session {
  const s = session.fromPartition(PARTITION)
  s.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !/^(file|data):/.test(details.url) }))
  s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  return s
}

export function createElectronPrinter(): Printer {
  let printing: Electron.Session | null = null
  return {
    async print(html: string, _options: PrintOptions): Promise<Buffer> {
      printing ??= printSession()
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-print-'))
      const file = path.join(dir, 'brief.html')
      const win = new BrowserWindow({
        show: false,
        webPreferences: { session: printing, javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, images: true }
      })
      try {
        fs.writeFileSync(file, html, 'utf8')
        await win.loadFile(file)
        return await win.webContents.printToPDF({ ...PDF_OPTIONS, margins: { ...PDF_OPTIONS.margins } })
      } finally {
        win.destroy()
        fs.rmSync(dir, { recursive: true, force: true })
      }
    }
  }
}

const FILTERS: Record<string, Electron.FileFilter[]> = {
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
  html: [{ name: 'Web page', extensions: ['html'] }],
  md: [{ name: 'Markdown', extensions: ['md'] }],
  csv: [{ name: 'CSV', extensions: ['csv'] }],
  xlsx: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
  json: [{ name: 'JSON', extensions: ['json'] }]
}

export function createSaveFile(getWindow: () => BrowserWindow | null): SaveFile {
  return async (suggestedName, bytes, format) => {
    const options = { defaultPath: path.join(app.getPath('documents'), suggestedName), filters: FILTERS[format] ?? [] }
    const win = getWindow()
    const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
    if (choice.canceled || !choice.filePath) return null
    writeFileAtomic(choice.filePath, bytes)
    return choice.filePath
  }
}
