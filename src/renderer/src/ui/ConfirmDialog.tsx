// The in-app confirmation (never window.confirm): a modal <dialog> naming exactly what will happen.
// Escape or Cancel answers no; the dialog itself decides nothing.
import { useEffect, useRef, type ReactElement } from 'react'

export interface ConfirmRequest {
  title: string
  message: string
  confirmLabel: string
  danger?: boolean
}

interface Props {
  request: ConfirmRequest
  onAnswer(ok: boolean): void
}

export function ConfirmDialog({ request, onAnswer }: Props): ReactElement {
  const ref = useRef<HTMLDialogElement>(null)
  const okRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (!dialog.open) dialog.showModal()
    okRef.current?.focus()
    const onCancel = (e: Event): void => {
      e.preventDefault()
      onAnswer(false)
    }
    dialog.addEventListener('cancel', onCancel)
    return () => dialog.removeEventListener('cancel', onCancel)
  }, [onAnswer])

  return (
    <dialog ref={ref} className="confirm-dialog" data-testid="confirm-dialog" aria-labelledby="confirm-title" aria-describedby="confirm-message">
      <h2 id="confirm-title">{request.title}</h2>
      <p id="confirm-message">{request.message}</p>
      <div className="dialog-actions">
        <button type="button" className="btn" data-testid="confirm-cancel" onClick={() => onAnswer(false)}>
          Cancel
        </button>
        <button
          type="button"
          ref={okRef}
          className={request.danger ? 'btn btn-danger' : 'btn btn-primary'}
          data-testid="confirm-ok"
          onClick={() => onAnswer(true)}
        >
          {request.confirmLabel}
        </button>
      </div>
    </dialog>
  )
}
