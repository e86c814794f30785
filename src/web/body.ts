// Reads a JSON request body for the browser host's API with a size cap near the largest real call (an upload chunk
// of MAX_UPLOAD_CHUNK_BYTES in base64, plus room for the rest), so a huge or endless body is cut off early (413)
// instead of filling memory, and parsing stays bounded. A key named __proto__ anywhere is refused in words (JSON
// keeps it as a plain key, which a spread or record would silently drop). Errors come back as values, never throws.
import type { IncomingMessage } from 'node:http'
import { MAX_UPLOAD_CHUNK_BYTES } from '../shared/dataFiles'

/** The largest upload chunk in base64 plus 1 MB for the method, the file name and JSON punctuation. */
export const MAX_BODY_BYTES = Math.ceil(MAX_UPLOAD_CHUNK_BYTES / 3) * 4 + 1024 * 1024
/** How deep a body may nest (the contract's deepest argument is a few levels); deeper is refused before use. */
export const MAX_BODY_DEPTH = 32

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; message: string }

export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false
  return header.split(';')[0].trim().toLowerCase() === 'application/json'
}

const TOO_LARGE = `The request body is too large (the limit is ${Math.round(MAX_BODY_BYTES / 1024 / 1024)} MB; files are sent in chunks).`

/**
 * The path of the first key named __proto__ (e.g. `args.changes[0].values.__proto__`), "too deep" when the value
 * nests deeper than maxDepth, or null when neither.
 */
export function findRefusedKey(value: unknown, maxDepth = MAX_BODY_DEPTH): string | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }]
  while (stack.length) {
    const { value: v, path, depth } = stack.pop()!
    if (typeof v !== 'object' || v === null) continue
    if (depth > maxDepth) return 'too deep'
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: `${path}[${i}]`, depth: depth + 1 })
      continue
    }
    for (const key of Object.keys(v)) {
      const at = path ? `${path}.${key}` : key
      if (key === '__proto__') return at
      stack.push({ value: (v as Record<string, unknown>)[key], path: at, depth: depth + 1 })
    }
  }
  return null
}

export function parseJsonBody(text: string): BodyResult {
  let value: unknown
  try {
    value = JSON.parse(text) as unknown
  } catch {
    return { ok: false, status: 400, message: 'The request body is not valid JSON.' }
  }
  const refused = findRefusedKey(value)
  if (refused === 'too deep') return { ok: false, status: 400, message: `The request body nests more than ${MAX_BODY_DEPTH} levels deep; no call needs that.` }
  if (refused) {
    return {
      ok: false,
      status: 400,
      message: `The request has a key named "__proto__" (at ${refused}); such keys are refused, not dropped. Rename that field and send it again.`
    }
  }
  return { ok: true, value }
}

export function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  if (!isJsonContentType(req.headers['content-type'])) {
    return Promise.resolve({ ok: false, status: 415, message: 'The request body must be JSON (Content-Type: application/json).' })
  }
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) return Promise.resolve({ ok: false, status: 413, message: TOO_LARGE })
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    const finish = (result: BodyResult): void => {
      if (done) return
      done = true
      resolve(result)
    }
    req.on('data', (chunk: Buffer) => {
      if (done) return
      size += chunk.length
      if (size > limit) {
        chunks.length = 0
        req.pause()
        finish({ ok: false, status: 413, message: TOO_LARGE })
        return
      }
      chunks.push(chunk)
    })
    req.on('error', () => finish({ ok: false, status: 400, message: 'The request body could not be read.' }))
    req.on('end', () => finish(parseJsonBody(Buffer.concat(chunks).toString('utf8'))))
  })
}
