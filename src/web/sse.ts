// Server-Sent Events for the browser host: one open response per tab, each engine event written as
// `event: <name>\ndata: <json>\n\n`, and a comment line every 15 s so proxies and browsers keep it open.
import type { ServerResponse } from 'node:http'

export const HEARTBEAT_MS = 15_000

export class SseHub {
  private readonly clients = new Set<ServerResponse>()
  private readonly timer: NodeJS.Timeout

  constructor(heartbeatMs = HEARTBEAT_MS) {
    this.timer = setInterval(() => this.writeAll(': heartbeat\n\n'), heartbeatMs)
    this.timer.unref()
  }

  get size(): number {
    return this.clients.size
  }

  add(res: ServerResponse): void {
    res.statusCode = 200
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8')
    res.setHeader('Cache-Control', 'no-store')
    res.setHeader('Connection', 'keep-alive')
    res.setHeader('X-Accel-Buffering', 'no')
    res.flushHeaders()
    res.write(': connected\n\n')
    this.clients.add(res)
    res.on('close', () => this.clients.delete(res))
  }

  send(event: string, payload: unknown): void {
    this.writeAll(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`)
  }

  close(): void {
    clearInterval(this.timer)
    for (const res of this.clients) res.end()
    this.clients.clear()
  }

  private writeAll(chunk: string): void {
    for (const res of this.clients) res.write(chunk)
  }
}
