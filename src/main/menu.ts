// The native application menu: builds menuTemplate (File with New, Open, Open Recent, Save As, Import,
// Backups and Quit; clipboard, view and window roles) and rebuilds it when the recent datasets change.
import { Menu } from 'electron'
import { menuTemplate, type FileAction, type MenuInput } from './menuTemplate'

export function setAppMenu(input: MenuInput, run: (action: FileAction) => void): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(input, run)))
}
