// Where the desktop app finds its own files, the same way in every layout: a development checkout (electron-vite
// dev or `electron .`), the built app launched as a file (`electron out/main/index.js`, as the e2e spec may), and
// the packaged app (resources/app.asar + resources/starter). Everything is relative to the main bundle's folder,
// never to app.getAppPath() (which is out/main when launched as a file). No electron import, so it is unit-tested.
import path from 'node:path'

export interface AppLayout {
  /** app.isPackaged */
  isPackaged: boolean
  /** The folder of the running main bundle (__dirname of out/main/index.js). */
  mainDir: string
  /** process.resourcesPath (used only when packaged). */
  resourcesPath: string
}

export interface AppResources {
  starterDir: string
  rendererDir: string
  preload: string
}

export function appResources(layout: AppLayout): AppResources {
  const outDir = path.resolve(layout.mainDir, '..')
  return {
    // Packaged: extraResources puts the starter beside app.asar; otherwise it is the checkout's resources/starter.
    starterDir: layout.isPackaged ? path.join(layout.resourcesPath, 'starter') : path.resolve(outDir, '..', 'resources', 'starter'),
    rendererDir: path.join(outDir, 'renderer'),
    preload: path.join(outDir, 'preload', 'index.js')
  }
}
