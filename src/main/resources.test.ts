// The app finds its starter data, renderer and preload in all three layouts, on real folders laid out as each one
// is: a checkout (`electron .` or electron-vite), the built main launched as a file (app path = out/main, where the
// old lookup through app.getAppPath() found no starter data), and a packaged app (resources/app.asar + starter).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { appResources } from './resources'

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-layout-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

function touch(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, '')
}

function checkout(root: string): void {
  touch(path.join(root, 'resources/starter/manifest.json'))
  touch(path.join(root, 'out/main/index.js'))
  touch(path.join(root, 'out/preload/index.js'))
  touch(path.join(root, 'out/renderer/index.html'))
}

function expectAllExist(r: { starterDir: string; rendererDir: string; preload: string }): void {
  expect(fs.existsSync(path.join(r.starterDir, 'manifest.json'))).toBe(true)
  expect(fs.existsSync(path.join(r.rendererDir, 'index.html'))).toBe(true)
  expect(fs.existsSync(r.preload)).toBe(true)
}

describe('appResources', () => {
  it('finds everything in a development checkout (electron . / electron-vite)', () => {
    const root = path.join(tmp, 'dev')
    checkout(root)
    expectAllExist(appResources({ isPackaged: false, mainDir: path.join(root, 'out/main'), resourcesPath: '/usr/lib/electron/resources' }))
  })

  it('finds everything when the built main is launched as a file (app path out/main)', () => {
    const root = path.join(tmp, 'built')
    checkout(root)
    const appPath = path.join(root, 'out/main')
    const r = appResources({ isPackaged: false, mainDir: appPath, resourcesPath: '/nowhere' })
    expectAllExist(r)
    // The old lookup: app.getAppPath() + resources/starter.
    expect(fs.existsSync(path.join(appPath, 'resources/starter'))).toBe(false)
  })

  it('finds everything in a packaged app: bundles inside app.asar, the starter beside it', () => {
    const resources = path.join(tmp, 'packaged/Lodestone/resources')
    touch(path.join(resources, 'app.asar/out/main/index.js'))
    touch(path.join(resources, 'app.asar/out/preload/index.js'))
    touch(path.join(resources, 'app.asar/out/renderer/index.html'))
    touch(path.join(resources, 'starter/manifest.json'))
    const r = appResources({ isPackaged: true, mainDir: path.join(resources, 'app.asar/out/main'), resourcesPath: resources })
    expectAllExist(r)
    expect(r.starterDir).toBe(path.join(resources, 'starter'))
  })
})
