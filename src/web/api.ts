// The browser host's two API routes: POST /api/call carries the contract's {method, args} to the engine and
// answers its CallResult as JSON; GET /api/events streams engine events. Auth has already been checked.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Engine } from '../core/engine'
import { readJsonBody } from './body'
import { refuseAndClose, sendJson, sendText } from './headers'

function isCallBody(value: unknown): value is { method: string; args?: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { method?: unknown }).method === 'string'
}

export async function handleCall(req: IncomingMessage, res: ServerResponse, engine: Engine): Promise<void> {
  const body = await readJsonBody(req)
  if (!body.ok) {
    // 413 and 415 leave the body unread: close rather than read it through. A 400 has read it all.
    if (body.status === 400) sendText(res, 400, body.message)
    else refuseAndClose(req, res, body.status, body.message)
    return
  }
  if (!isCallBody(body.value)) {
    sendText(res, 400, 'The request body must be a JSON object {"method": "...", "args": {...}}.')
    return
  }
  const result = await engine.call(body.value.method, body.value.args ?? {})
  sendJson(res, 200, result)
}
