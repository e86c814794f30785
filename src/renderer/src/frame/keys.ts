// Keyboard words for tooltips and the test for "the user is typing somewhere" that every global
// shortcut respects (inputs, text areas, selects and grid cell editors keep their own keys, undo included).
export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
export const MOD = IS_MAC ? '⌘' : 'Ctrl+'

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target.closest('.ag-cell-inline-editing, .ag-popup-editor')) return true
  return target.matches('input, textarea, select')
}

export function hasMod(e: KeyboardEvent): boolean {
  return IS_MAC ? e.metaKey : e.ctrlKey
}
