// The Content-Security-Policy of the Electron window: the same as the browser host's (a test pins them equal).
// In development only, Vite's dev server needs an inline React-refresh preamble and a websocket for HMR.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'"
].join('; ')

export function devContentSecurityPolicy(devServerUrl: string): string {
  const ws = new URL(devServerUrl)
  ws.protocol = ws.protocol === 'https:' ? 'wss:' : 'ws:'
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ${ws.origin}`
  )
}
