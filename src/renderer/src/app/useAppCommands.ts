// Follows the desktop File menu's 'app.command' event (Import with the file it uploaded, Backups) and hands
// each command to the frame to show that view. The browser host never sends it, so there this does nothing.
import { useEffect, useRef } from 'react'
import type { Events } from '../../../shared/api'
import { onEvent } from '../api/client'

export function useAppCommands(onCommand: (command: Events['app.command']) => void): void {
  const latest = useRef(onCommand)
  latest.current = onCommand
  useEffect(() => onEvent('app.command', (command) => latest.current(command)), [])
}
