// Electron hardening that does not depend on our window: the CSP header on every response, no permission granted
// but clipboard-sanitized-write to our own page, and for every webContents no navigation away, no new windows and
// no <webview>; an http(s) link the user follows opens in the system browser (the one place that calls openExternal).
// Installed before the first window exists so nothing is created unguarded.
import { shell, type App, type Session, type WebContents } from 'electron'
import { externalLink, permissionAllowed } from './policy'

export function installSessionSecurity(session: Session, csp: string, rendererUrl: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[] | string> = {}
    for (const [key, value] of Object.entries(details.responseHeaders ?? {})) {
      if (key.toLowerCase() !== 'content-security-policy') headers[key] = value
    }
    headers['Content-Security-Policy'] = [csp]
    callback({ responseHeaders: headers })
  })
  session.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(permissionAllowed(permission, details.requestingUrl || contents?.getURL(), rendererUrl))
  )
  session.setPermissionCheckHandler((contents, permission, requestingOrigin, details) =>
    permissionAllowed(permission, details.requestingUrl || requestingOrigin || contents?.getURL(), rendererUrl)
  )
  session.setDevicePermissionHandler(() => false)
  // No spellchecker: nothing to download (the window also sets spellcheck: false).
  session.setSpellCheckerEnabled(false)
}

/** Hands an http(s) link to the system browser; anything else (file:, javascript:, custom schemes) is dropped. */
function openLink(url: string): void {
  const target = externalLink(url)
  if (target) void shell.openExternal(target)
}

export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (url === contents.getURL()) return
    event.preventDefault()
    openLink(url)
  })
  contents.on('will-redirect', (event, url) => {
    if (url !== contents.getURL()) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    openLink(url)
    return { action: 'deny' }
  })
}

export function installAppGuards(app: App): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents))
}
