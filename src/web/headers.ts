// The security headers every browser-host response carries, and the one CSP shared with the Electron shell.
// The CSP allows no inline script and no eval: the renderer must ship only files from 'self'.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { CONTENT_SECURITY_POLICY } from '../shared/csp'

export { CONTENT_SECURITY_POLICY }

export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.setHeader('X-Frame-Options', 'DENY')
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin')
}

/** A short plain-text answer (errors, refusals): never HTML, never an echo of the request. */
export function sendText(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status
  res.setHeader('Content-Type', 'text/plain; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.end(`${text}\n`)
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('Content-Length', Buffer.byteLength(text))
  res.end(text)
}

/**
 * A refusal that also ends the connection: the body (possibly huge, possibly dripped byte by byte) is never read.
 * Node would otherwise read and discard the whole body before closing; here the socket is half-closed once the
 * answer is out and destroyed shortly after, whatever the client still sends.
 */
export function refuseAndClose(req: IncomingMessage, res: ServerResponse, status: number, text: string): void {
  res.setHeader('Connection', 'close')
  res.once('finish', () => {
    const socket = req.socket
    socket.end()
    setTimeout(() => socket.destroy(), 250).unref()
  })
  sendText(res, status, text)
}
