// Serves the renderer from lodestone://app/ instead of file:// (a file:// page may read local files): the scheme is
// registered as standard and secure before the app is ready, and its handler answers only files of the renderer
// folder (protocol.ts decides which), each with the app's CSP.
import { protocol, type Session } from 'electron'
import fs from 'node:fs'
import { APP_SCHEME } from './policy'
import { CONTENT_SECURITY_POLICY } from './csp'
import { resolveAppRequest } from './protocol'

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }])
}

export function handleAppProtocol(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveAppRequest(request.url, rendererDir)
    if (!resolved.ok) return new Response(null, { status: resolved.status })
    const body = await fs.promises.readFile(resolved.file)
    return new Response(body, {
      status: 200,
      headers: { 'Content-Type': resolved.mimeType, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' }
    })
  })
}
