// Electron main process: app lifecycle only. Guards every webContents and the session before any window exists,
// opens the dataset (from the starter data the first time), binds the contract to IPC and shows one window.
// Never imported by core; core never imports electron.
import { app, BrowserWindow, dialog, session } from 'electron'
import path from 'node:path'
import { createEngine, type Engine } from '../core/engine'
import { registerAppScheme, handleAppProtocol } from './appProtocol'
import { CONTENT_SECURITY_POLICY } from './csp'
import { bindIpc } from './ipc'
import { installAppMenu, type AppMenu } from './appMenu'
import { createOpenQueue, datasetFromArgv, datasetFromHandover } from './openRequests'
import { setAppMenu } from './menu'
import { installAppGuards, installSessionSecurity } from './security'
import { RENDERER_URL } from './policy'
import { appResources } from './resources'
import { createMainWindow } from './window'
import { createElectronPrinter, createSaveFile } from './printer'

const DATASET_NAME = 'india-ree.lodestone'

// Tests (and anyone who wants a separate profile) can point the app at another user-data folder.
if (process.env.LODESTONE_USER_DATA) app.setPath('userData', path.resolve(process.env.LODESTONE_USER_DATA))
app.enableSandbox()
installAppGuards(app)
registerAppScheme()

// The same lookup in a checkout, the built app launched as a file and the packaged app (resources.ts).
const resources = appResources({ isPackaged: app.isPackaged, mainDir: __dirname, resourcesPath: process.resourcesPath })
const rendererUrl = RENDERER_URL
let engine: Engine | null = null
let win: BrowserWindow | null = null
let unbind: (() => void) | null = null
let appMenu: AppMenu | null = null
// A .lodestone file to open: from argv (Windows, Linux), macOS's open-file (may come before ready), a second launch.
const openQueue = createOpenQueue()
const launchFile = datasetFromArgv(process.argv, process.cwd())
if (launchFile) openQueue.request(launchFile)
const devTools = !app.isPackaged

function openEngine(): Engine {
  return createEngine({
    datasetPath: path.join(app.getPath('userData'), DATASET_NAME),
    host: 'electron',
    createIfMissing: 'starter',
    starterDir: resources.starterDir,
    nativeBinding: app.isPackaged ? undefined : process.env.LODESTONE_SQLITE_BINDING || undefined,
    appVersion: app.getVersion(),
    lock: true,
    stateDir: app.getPath('userData'),
    ports: { printer: createElectronPrinter(), saveFile: createSaveFile(() => win) }
  })
}

function showWindow(current: Engine): void {
  win = createMainWindow({
    title: `Lodestone — ${path.basename(current.datasetPath)}`,
    preload: resources.preload,
    rendererUrl,
    devTools
  })
  win.on('closed', () => {
    win = null
  })
}

function start(): void {
  installSessionSecurity(session.defaultSession, CONTENT_SECURITY_POLICY, rendererUrl)
  handleAppProtocol(session.defaultSession, resources.rendererDir)
  // Until the dataset is open the File commands have nothing to act on; installAppMenu replaces this menu.
  setAppMenu({ platform: process.platform, recent: [], currentPath: null, devTools }, () => undefined)
  try {
    engine = openEngine()
  } catch (e) {
    dialog.showErrorBox('Lodestone could not open its dataset', (e as Error).message)
    app.exit(1)
    return
  }
  unbind = bindIpc(engine, () => win, rendererUrl)
  appMenu = installAppMenu(engine, () => win, devTools)
  showWindow(engine)
  const menu = appMenu
  openQueue.ready((file) => void menu.open(file))
}

// One writer per machine: a second launch hands its file (if any) to this one and quits.
app.on('open-file', (event, file) => {
  event.preventDefault()
  openQueue.request(file)
})
if (!app.requestSingleInstanceLock({ file: launchFile })) {
  app.quit()
} else {
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const file = datasetFromHandover(additionalData, argv, workingDirectory)
    if (file) openQueue.request(file)
    if (!win) return
    if (win.isMinimized()) win.restore()
    win.focus()
  })
  app.on('activate', () => {
    if (engine && !win) showWindow(engine)
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('will-quit', () => {
    unbind?.()
    appMenu?.stop()
    engine?.close()
    engine = null
  })
  void app.whenReady().then(start)
}
