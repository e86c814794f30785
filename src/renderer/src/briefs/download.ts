// Hands an exported file to the analyst: in the browser host a download of the bytes the engine sent (base64),
// on the desktop nothing to do (main already saved it where the analyst chose). Returns a line for the status.
import type { ExportResult } from '../../../shared/briefs'

export function deliver(result: ExportResult): string {
  if (result.cancelled) return 'Export cancelled.'
  if (result.savedTo) return `Saved to ${result.savedTo}.`
  if (!result.base64) return 'The export came back empty.'
  const bytes = Uint8Array.from(atob(result.base64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: result.mime }))
  const a = document.createElement('a')
  a.href = url
  a.download = result.fileName
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000)
  return `Downloaded ${result.fileName}.`
}
