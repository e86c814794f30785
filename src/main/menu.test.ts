// The application menu as data: File's commands, their accelerators, Open Recent from the engine's list, and
// the platform differences; clicking an item hands its FileAction to `run`. No Electron runtime needed.
import { describe, expect, it } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import type { RecentDataset } from '../shared/dataFiles'
import { MAX_RECENT_ITEMS, menuTemplate, type FileAction, type MenuInput } from './menuTemplate'

type Item = MenuItemConstructorOptions

const recent = (p: string, exists = true): RecentDataset => ({ path: p, name: p.split('/').pop()!, openedAt: '2026-01-01T00:00:00Z', exists, sizeBytes: 1 })
const input = (over: Partial<MenuInput> = {}): MenuInput => ({ platform: 'linux', recent: [], currentPath: '/data/india.lodestone', devTools: false, ...over })

function build(over: Partial<MenuInput> = {}): { menu: Item[]; actions: FileAction[] } {
  const actions: FileAction[] = []
  return { menu: menuTemplate(input(over), (a) => actions.push(a)), actions }
}
const sub = (item: Item | undefined): Item[] => (item?.submenu ?? []) as Item[]
const fileItems = (menu: Item[]): Item[] => sub(menu.find((m) => m.label === 'File'))
const byLabel = (items: Item[], label: string): Item => {
  const found = items.find((i) => i.label === label)
  if (!found) throw new Error(`no menu item "${label}" in ${items.map((i) => i.label ?? i.role ?? i.type).join(', ')}`)
  return found
}
const click = (item: Item): void => (item.click as unknown as () => void)()
function accelerators(items: Item[]): string[] {
  return items.flatMap((i) => [...(i.accelerator ? [String(i.accelerator)] : []), ...accelerators(sub(i))])
}

describe('menuTemplate: File', () => {
  it('lists New, Open, Open Recent, Save As, Import, Backups and Quit in that order', () => {
    const labels = fileItems(build().menu).map((i) => i.label ?? i.role ?? i.type)
    expect(labels).toEqual([
      'New Dataset…',
      'New Empty Dataset…',
      'Open…',
      'Open Recent',
      'separator',
      'Save As…',
      'separator',
      'Import…',
      'Backups',
      'separator',
      'quit'
    ])
  })

  it('gives New, Open, Save As and Import their accelerators', () => {
    const file = fileItems(build().menu)
    expect(byLabel(file, 'New Dataset…').accelerator).toBe('CmdOrCtrl+N')
    expect(byLabel(file, 'Open…').accelerator).toBe('CmdOrCtrl+O')
    expect(byLabel(file, 'Save As…').accelerator).toBe('CmdOrCtrl+Shift+S')
    expect(byLabel(file, 'Import…').accelerator).toBe('CmdOrCtrl+Shift+I')
  })

  it('hands each item its action when clicked', () => {
    const { menu, actions } = build()
    const file = fileItems(menu)
    for (const label of ['New Dataset…', 'New Empty Dataset…', 'Open…', 'Save As…', 'Import…', 'Backups']) click(byLabel(file, label))
    expect(actions).toEqual([
      { kind: 'new', from: 'starter' },
      { kind: 'new', from: 'empty' },
      { kind: 'open' },
      { kind: 'saveAs' },
      { kind: 'import' },
      { kind: 'backups' }
    ])
  })

  it('never binds Ctrl/Cmd+I, which shows or hides the inspector in the window, and repeats no accelerator', () => {
    for (const platform of ['linux', 'win32', 'darwin']) {
      const all = accelerators(build({ platform, devTools: true }).menu)
      expect(all).not.toContain('CmdOrCtrl+I')
      expect(new Set(all).size).toBe(all.length)
    }
  })
})

describe('menuTemplate: Open Recent', () => {
  it('lists the recent datasets that still exist, without the open one, and opens the one clicked', () => {
    const list = [recent('/data/india.lodestone'), recent('/data/q3 review.lodestone'), recent('/gone/old.lodestone', false), recent('/home/a/china.lodestone')]
    const { menu, actions } = build({ recent: list })
    const items = sub(byLabel(fileItems(menu), 'Open Recent'))
    expect(items.map((i) => i.label)).toEqual(['q3 review.lodestone — /data', 'china.lodestone — /home/a'])
    expect(items[1].toolTip).toBe('/home/a/china.lodestone')
    click(items[1])
    expect(actions).toEqual([{ kind: 'openRecent', path: '/home/a/china.lodestone' }])
  })

  it('says there are none, disabled, when the list is empty or holds only the open dataset', () => {
    for (const list of [[], [recent('/data/india.lodestone')]]) {
      const items = sub(byLabel(fileItems(build({ recent: list }).menu), 'Open Recent'))
      expect(items).toEqual([{ label: 'No recent datasets', enabled: false }])
    }
  })

  it(`keeps to the ${MAX_RECENT_ITEMS} most recent`, () => {
    const list = Array.from({ length: 15 }, (_, i) => recent(`/d/set${i}.lodestone`))
    const items = sub(byLabel(fileItems(build({ recent: list }).menu), 'Open Recent'))
    expect(items).toHaveLength(MAX_RECENT_ITEMS)
    expect(items[0].label).toBe('set0.lodestone — /d')
  })

  it('shows "&" in a file name as itself (doubled on Windows and Linux, where one marks a mnemonic)', () => {
    const list = [recent('/d/R&D.lodestone')]
    expect(sub(byLabel(fileItems(build({ recent: list, platform: 'win32' }).menu), 'Open Recent'))[0].label).toBe('R&&D.lodestone — /d')
    expect(sub(byLabel(fileItems(build({ recent: list, platform: 'darwin' }).menu), 'Open Recent'))[0].label).toBe('R&D.lodestone — /d')
  })
})

describe('menuTemplate: platforms and dev tools', () => {
  it('on macOS starts with the app menu and ends File with Close Window (Quit is in the app menu)', () => {
    const { menu } = build({ platform: 'darwin' })
    expect(menu[0].role).toBe('appMenu')
    expect(fileItems(menu).at(-1)?.role).toBe('close')
  })

  it('elsewhere has no app menu and ends File with Quit', () => {
    const { menu } = build({ platform: 'win32' })
    expect(menu.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'windowMenu'])
    expect(fileItems(menu).at(-1)?.role).toBe('quit')
  })

  it('offers reload and dev tools (on F12) only in unpackaged builds', () => {
    const view = (devTools: boolean): Item[] => sub(build({ devTools }).menu.find((m) => m.label === 'View'))
    expect(view(false).map((i) => i.role)).not.toContain('toggleDevTools')
    expect(view(true).find((i) => i.role === 'toggleDevTools')?.accelerator).toBe('F12')
    expect(view(true).map((i) => i.role)).toContain('reload')
  })

  it('leaves undo and redo to the window, which undoes dataset edits', () => {
    const roles = sub(build().menu.find((m) => m.label === 'Edit')).map((i) => i.role)
    expect(roles).not.toContain('undo')
    expect(roles).not.toContain('redo')
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']))
  })
})
