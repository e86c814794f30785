// Reads a JSON request body for the browser host's API with a size cap, so a huge or endless upload
// is cut off early (413) instead of filling memory. Parsing errors come back as values, never throws.
import type { IncomingMessage } from 'node:http'

export const MAX_BODY_BYTES = 64 * 1024 * 1024

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; message: string }

export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false
  return header.split(';')[0].trim().toLowerCase() === 'application/json'
}

export function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  if (!isJsonContentType(req.headers['content-type'])) {
    req.resume()
    return Promise.resolve({ ok: false, status: 415, message: 'The request body must be JSON (Content-Type: application/json).' })
  }
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) {
    req.resume()
    return Promise.resolve({ ok: false, status: 413, message: 'The request body is too large.' })
  }
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
      size += chunk.length
      if (size > limit) {
        chunks.length = 0
        req.pause()
        finish({ ok: false, status: 413, message: 'The request body is too large.' })
        return
      }
      if (!done) chunks.push(chunk)
    })
    req.on('error', () => finish({ ok: false, status: 400, message: 'The request body could not be read.' }))
    req.on('end', () => {
      try {
        finish({ ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown })
      } catch {
        finish({ ok: false, status: 400, message: 'The request body is not valid JSON.' })
      }
    })
  })
}
