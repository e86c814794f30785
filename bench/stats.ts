// Small statistics and result-writing helpers shared by the benchmarks: percentiles over samples in
// milliseconds, and one JSON file per benchmark under bench/results with the machine it ran on.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return round(sorted[index] ?? Number.NaN)
}

export function median(samples: number[]): number {
  return percentile(samples, 50)
}

export function round(n: number, digits = 3): number {
  const f = 10 ** digits
  return Math.round(n * f) / f
}

export function summary(samples: number[]): { n: number; p50: number; p95: number; p99: number; max: number } {
  return { n: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99), max: percentile(samples, 100) }
}

export function timeMs(fn: () => void): number {
  const start = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

export function writeResult(name: string, result: Record<string, unknown>): string {
  const dir = path.resolve(__dirname, 'results')
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${name}.json`)
  const machine = { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memGiB: round(os.totalmem() / 2 ** 30, 1) }
  fs.writeFileSync(file, `${JSON.stringify({ name, at: new Date().toISOString(), machine, ...result }, null, 2)}\n`)
  return file
}
