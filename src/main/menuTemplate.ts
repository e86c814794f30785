// The application menu as data: a pure function of (platform, recent datasets, dev tools) that names each File
// command as a FileAction and hands it to `run`. No electron import at run time, so it is unit tested in Node;
// menu.ts turns the template into the native menu.
import type { MenuItemConstructorOptions } from 'electron'
import type { RecentDataset } from '../shared/dataFiles'

export type FileAction =
  | { kind: 'new'; from: 'starter' | 'empty' }
  | { kind: 'open' }
  | { kind: 'openRecent'; path: string }
  | { kind: 'saveAs' }
  | { kind: 'import' }
  | { kind: 'backups' }

export interface MenuInput {
  platform: string
  /** Recently opened datasets, newest first (datasets.recent). */
  recent: RecentDataset[]
  /** The open dataset, left out of Open Recent. */
  currentPath: string | null
  devTools: boolean
}

type Item = MenuItemConstructorOptions

/** Most recent datasets listed under Open Recent. */
export const MAX_RECENT_ITEMS = 10

/** On Windows and Linux "&" marks a mnemonic in a label; "&&" shows one "&". */
function literal(label: string, platform: string): string {
  return platform === 'darwin' ? label : label.replace(/&/g, '&&')
}

function recentItems(input: MenuInput, run: (action: FileAction) => void): Item[] {
  const list = input.recent.filter((r) => r.exists && r.path !== input.currentPath).slice(0, MAX_RECENT_ITEMS)
  if (list.length === 0) return [{ label: 'No recent datasets', enabled: false }]
  return list.map((r) => ({
    label: literal(`${r.name} — ${r.path.slice(0, Math.max(0, r.path.length - r.name.length - 1)) || '/'}`, input.platform),
    toolTip: r.path,
    click: () => run({ kind: 'openRecent', path: r.path })
  }))
}

export function fileMenu(input: MenuInput, run: (action: FileAction) => void): Item {
  const isMac = input.platform === 'darwin'
  const item = (label: string, action: FileAction, accelerator?: string): Item => ({ label, click: () => run(action), ...(accelerator ? { accelerator } : {}) })
  return {
    label: 'File',
    submenu: [
      item('New Dataset…', { kind: 'new', from: 'starter' }, 'CmdOrCtrl+N'),
      item('New Empty Dataset…', { kind: 'new', from: 'empty' }),
      item('Open…', { kind: 'open' }, 'CmdOrCtrl+O'),
      { label: 'Open Recent', submenu: recentItems(input, run) },
      { type: 'separator' },
      item('Save As…', { kind: 'saveAs' }, 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      // Ctrl/Cmd+I already shows or hides the inspector in the window (in the browser too), so Import takes Shift.
      item('Import…', { kind: 'import' }, 'CmdOrCtrl+Shift+I'),
      item('Backups', { kind: 'backups' }),
      { type: 'separator' },
      // Close Window on macOS, where Quit is in the app menu; Quit (Exit on Windows) elsewhere.
      isMac ? { role: 'close' } : { role: 'quit' }
    ]
  }
}

export function menuTemplate(input: MenuInput, run: (action: FileAction) => void): Item[] {
  const isMac = input.platform === 'darwin'
  // Ctrl+Shift+I is Import here, so the dev tools move to F12 (only in unpackaged builds).
  const dev: Item[] = input.devTools ? [{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools', accelerator: 'F12' }] : []
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    fileMenu(input, run),
    // Undo/redo are left to the window, which binds Ctrl/Cmd+Z itself so they undo dataset edits.
    { label: 'Edit', submenu: [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { type: 'separator' }, { role: 'selectAll' }] },
    { label: 'View', submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }, ...dev] },
    { role: 'windowMenu' }
  ]
}
