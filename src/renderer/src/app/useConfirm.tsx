// Ask the analyst before something that cannot be taken back with one keystroke: `await confirm({...})`
// shows the in-app ConfirmDialog and resolves true or false. One question at a time.
import { useCallback, useRef, useState, type ReactElement } from 'react'
import { ConfirmDialog, type ConfirmRequest } from '../ui/ConfirmDialog'

export function useConfirm(): { confirm(request: ConfirmRequest): Promise<boolean>; dialog: ReactElement | null } {
  const [request, setRequest] = useState<ConfirmRequest | null>(null)
  const resolver = useRef<((ok: boolean) => void) | null>(null)

  const confirm = useCallback((next: ConfirmRequest) => {
    resolver.current?.(false)
    setRequest(next)
    return new Promise<boolean>((resolve) => {
      resolver.current = resolve
    })
  }, [])

  const onAnswer = useCallback((ok: boolean) => {
    resolver.current?.(ok)
    resolver.current = null
    setRequest(null)
  }, [])

  return { confirm, dialog: request ? <ConfirmDialog request={request} onAnswer={onAnswer} /> : null }
}
