// Serves the built renderer (out/renderer) read-only: known MIME types, nothing outside the folder
// (no `..`, no encoded separators, no symlinks pointing out), no directory listings.
// Everything else about the request (auth, headers) is decided before this module is reached.
import fs from 'node:fs'
import path from 'node:path'
import type { ServerResponse } from 'node:http'
import { sendText } from './headers'

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm'
}

export function mimeTypeFor(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

export type Resolved = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404 }

function within(root: string, candidate: string): boolean {
  return candidate === root || candidate.startsWith(root + path.sep)
}

/** Maps a URL path (still percent-encoded) to a file under root, or says why not. */
export function resolveStaticPath(root: string, rawPathname: string): Resolved {
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPathname)
  } catch {
    return { ok: false, status: 400 }
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 400 }
  if (decoded.split('/').some((segment) => segment === '..')) return { ok: false, status: 403 }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '')
  const realRoot = fs.realpathSync(root)
  const candidate = path.resolve(realRoot, relative)
  if (!within(realRoot, candidate)) return { ok: false, status: 403 }
  let real: string
  try {
    real = fs.realpathSync(candidate)
  } catch {
    return { ok: false, status: 404 }
  }
  if (!within(realRoot, real)) return { ok: false, status: 403 }
  if (!fs.statSync(real).isFile()) return { ok: false, status: 404 }
  return { ok: true, file: real }
}

export function serveStatic(res: ServerResponse, root: string, rawPathname: string, headOnly: boolean): void {
  if (!fs.existsSync(root)) {
    sendText(res, 503, 'Lodestone: the app has not been built yet (run `npx electron-vite build`).')
    return
  }
  const resolved = resolveStaticPath(root, rawPathname)
  if (!resolved.ok) {
    sendText(res, resolved.status, resolved.status === 404 ? 'Not found.' : resolved.status === 403 ? 'Forbidden.' : 'Bad request.')
    return
  }
  const size = fs.statSync(resolved.file).size
  res.statusCode = 200
  res.setHeader('Content-Type', mimeTypeFor(resolved.file))
  res.setHeader('Content-Length', size)
  res.setHeader('Cache-Control', 'no-cache')
  if (headOnly) {
    res.end()
    return
  }
  const stream = fs.createReadStream(resolved.file)
  stream.on('error', () => res.destroy())
  stream.pipe(res)
}
