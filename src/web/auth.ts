// Who may talk to the browser host: a random token per run (in the printed URL once, then an HttpOnly cookie),
// a Host header naming our own loopback address (defeats DNS rebinding) and, when sent, an Origin that is ours.
// Pure checks on request headers; the server decides the status codes. Never logs or echoes the token.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export const COOKIE_NAME = 'lodestone_token'

/** 32 random bytes, hex: safe in a URL and in a cookie without escaping. */
export function createToken(): string {
  return randomBytes(32).toString('hex')
}

export function tokensMatch(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false
  return timingSafeEqual(Buffer.from(given, 'utf8'), Buffer.from(expected, 'utf8'))
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`]
}

/** The Host header must name us exactly; a rebinding attacker's page sends its own domain here. */
export function hostIsAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host
  return typeof host === 'string' && allowedHosts(port).includes(host.toLowerCase())
}

/** An Origin header, when present, must be our own origin (browsers send it on cross-site requests). */
export function originIsAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return true
  return allowedHosts(port).some((host) => origin.toLowerCase() === `http://${host}`)
}

export function readCookie(req: IncomingMessage, name: string): string | null {
  const header = req.headers.cookie
  if (!header) return null
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0) continue
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim()
  }
  return null
}

export function hasValidCookie(req: IncomingMessage, token: string): boolean {
  return tokensMatch(token, readCookie(req, COOKIE_NAME))
}

export function sessionCookie(token: string): string {
  return `${COOKIE_NAME}=${token}; HttpOnly; SameSite=Strict; Path=/`
}
