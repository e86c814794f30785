// The desktop shell's security decisions as plain functions (no electron import, so each is unit-tested):
// the app's own URL scheme, which permission our window gets (only clipboard-sanitized-write, only on our URL),
// which links leave for the system browser (http and https, nothing else), the window's web preferences
// (sandboxed, spellcheck off so no dictionary is downloaded) and the PDF options shared with the browser host.
import { isRendererUrl } from './trust'

/** The renderer is served from lodestone://app/ (a standard, secure scheme) instead of file://. */
export const APP_SCHEME = 'lodestone'
export const APP_HOST = 'app'
export const RENDERER_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** The one permission our page needs: writing large sanitized blocks to the clipboard (copy from the grid). */
export const GRANTED_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write']

export function permissionAllowed(permission: string, requestingUrl: string | undefined, rendererUrl: string = RENDERER_URL): boolean {
  return GRANTED_PERMISSIONS.includes(permission) && typeof requestingUrl === 'string' && isRendererUrl(requestingUrl, rendererUrl)
}

/** The URL to hand to the system browser, or null: only http(s) with a host, no user:password part. */
export function externalLink(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  if (!parsed.hostname || parsed.username || parsed.password) return null
  return parsed.href
}

export interface MainWebPreferences {
  preload: string
  contextIsolation: true
  sandbox: true
  nodeIntegration: false
  nodeIntegrationInWorker: false
  nodeIntegrationInSubFrames: false
  webSecurity: true
  allowRunningInsecureContent: false
  webviewTag: false
  safeDialogs: true
  spellcheck: false
  devTools: boolean
}

export function mainWebPreferences(preload: string, devTools: boolean): MainWebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    safeDialogs: true,
    // Chromium's spellchecker downloads Hunspell dictionaries from Google's CDN: off, so the app makes no request.
    spellcheck: false,
    devTools
  }
}

/** printToPDF options: the brief's own @page size and margins, and no margin added by the printer (as in Playwright). */
export const PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  margins: { top: 0, bottom: 0, left: 0, right: 0 }
} as const
