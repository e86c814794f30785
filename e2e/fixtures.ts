// Test fixtures: each test gets its own browser host on a fresh copy of the starter dataset in a temp folder,
// started from the built app (out/main/web.js) exactly as `npm run web` does, and stopped afterwards.
import { test as base } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface HostHandle {
  url: string
  origin: string
  token: string
  datasetPath: string
  dir: string
}

export function startHost(datasetPath: string): Promise<{ child: ChildProcess; url: string }> {
  const entry = path.resolve(__dirname, '../out/main/web.js')
  if (!fs.existsSync(entry)) throw new Error('out/main/web.js is missing: run `npm run build` first.')
  const child = spawn(process.execPath, [entry, '--no-open', '--port', '0', '--dataset', datasetPath], { stdio: ['ignore', 'pipe', 'pipe'] })
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    const timer = setTimeout(() => reject(new Error(`browser host did not start: ${err}`)), 30_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const m = /Lodestone running at (\S+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve({ child, url: m[1]! })
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`browser host exited (${code}): ${err}`)))
  })
}

export function stopHost(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

export const test = base.extend<{ host: HostHandle }>({
  host: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-e2e-'))
    const datasetPath = path.join(dir, 'india-ree.lodestone')
    const { child, url } = await startHost(datasetPath)
    const parsed = new URL(url)
    await use({ url, origin: parsed.origin, token: parsed.searchParams.get('token') ?? '', datasetPath, dir })
    await stopHost(child)
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

export { expect } from '@playwright/test'
