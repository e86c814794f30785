// Test fixtures: each test gets its own browser host on a fresh copy of the starter dataset in a temp folder,
// started from the built app (out/main/web.js) exactly as `npm run web` does, and stopped afterwards.
import { test as base } from '@playwright/test'
import { startHost, stopHost, userDataFor } from './host'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface HostHandle {
  url: string
  origin: string
  token: string
  datasetPath: string
  dir: string
  /** The host's settings folder (recent.json), inside `dir`. */
  userData: string
}

export const test = base.extend<{ host: HostHandle }>({
  host: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-e2e-'))
    const datasetPath = path.join(dir, 'india-ree.lodestone')
    const { child, url } = await startHost(datasetPath)
    const parsed = new URL(url)
    await use({ url, origin: parsed.origin, token: parsed.searchParams.get('token') ?? '', datasetPath, dir, userData: userDataFor(datasetPath) })
    await stopHost(child)
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

export { expect } from '@playwright/test'
