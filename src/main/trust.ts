// Which page may use the contract over IPC: only our renderer, served from the app's own scheme
// (lodestone://app/...). Pure URL logic with no electron import, so it is unit-tested.

/** True when frameUrl is our renderer: the same scheme and host (any path, ?query or #hash under it). */
export function isRendererUrl(frameUrl: string, rendererUrl: string): boolean {
  let frame: URL
  let ours: URL
  try {
    frame = new URL(frameUrl)
    ours = new URL(rendererUrl)
  } catch {
    return false
  }
  // Only the app scheme is ever trusted: no file:// page (it could read local files), no http(s) dev server.
  if (ours.protocol !== 'lodestone:') return false
  return frame.protocol === ours.protocol && frame.host === ours.host && frame.username === '' && frame.password === '' && frame.port === ''
}
