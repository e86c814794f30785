// Which page may use the contract over IPC: only our renderer (the built index.html as file://, or the
// electron-vite dev server in development). Pure URL logic with no electron import, so it is unit-tested.
export function rendererUrlFor(devServerUrl: string | undefined, builtIndexFileUrl: string): string {
  return devServerUrl ? devServerUrl : builtIndexFileUrl
}

/** True when frameUrl is our renderer: the same file (ignoring ?query and #hash), or the dev server's origin. */
export function isRendererUrl(frameUrl: string, rendererUrl: string): boolean {
  let frame: URL
  let ours: URL
  try {
    frame = new URL(frameUrl)
    ours = new URL(rendererUrl)
  } catch {
    return false
  }
  if (ours.protocol === 'file:') return frame.protocol === 'file:' && frame.host === ours.host && frame.pathname === ours.pathname
  if (ours.protocol !== 'http:' && ours.protocol !== 'https:') return false
  return frame.origin === ours.origin
}
