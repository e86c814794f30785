// The Content-Security-Policy of the Electron window: the app's one policy from shared/csp.ts.
// In development only, Vite's dev server needs an inline React-refresh preamble and a websocket for HMR.
import { CONTENT_SECURITY_POLICY } from '../shared/csp'

export { CONTENT_SECURITY_POLICY }

export function devContentSecurityPolicy(devServerUrl: string): string {
  const ws = new URL(devServerUrl)
  ws.protocol = ws.protocol === 'https:' ? 'wss:' : 'ws:'
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ${ws.origin}`
  )
}
