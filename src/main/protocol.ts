// What lodestone://app/<path> serves: a file of the built renderer folder and nothing else (no `..`, no encoded
// separators, no other host, no folder). Pure mapping from URL to file, unit-tested; appProtocol.ts registers it.
import fs from 'node:fs'
import path from 'node:path'
import { APP_HOST, APP_SCHEME } from './policy'

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm'
}

export type AppRequest = { ok: true; file: string; mimeType: string } | { ok: false; status: 400 | 403 | 404 }

function within(root: string, candidate: string): boolean {
  return candidate === root || candidate.startsWith(root + path.sep)
}

export function resolveAppRequest(url: string, rendererDir: string): AppRequest {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { ok: false, status: 400 }
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { ok: false, status: 403 }
  let decoded: string
  try {
    decoded = decodeURIComponent(parsed.pathname)
  } catch {
    return { ok: false, status: 400 }
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 400 }
  if (decoded.split('/').some((segment) => segment === '..')) return { ok: false, status: 403 }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '')
  const root = path.resolve(rendererDir)
  const file = path.resolve(root, relative)
  if (!within(root, file)) return { ok: false, status: 403 }
  try {
    if (!fs.statSync(file).isFile()) return { ok: false, status: 404 }
  } catch {
    return { ok: false, status: 404 }
  }
  return { ok: true, file, mimeType: MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' }
}
