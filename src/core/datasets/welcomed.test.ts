// Start's first-open marks (welcomed.ts) through the contract: the first question about a file says "first open"
// and later ones do not, in another engine on the same settings folder too (a new port, a new window); a Save As
// copy of a welcomed file is welcomed, a new file is not; without a settings folder the marks last the run.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { createEngine, type Engine } from '../engine'
import { ok, removeDir, seededEngine, tempDir } from '../testing/tempDataset'

let dir: string
let engine: Engine
beforeEach(async () => {
  dir = tempDir()
  engine = await seededEngine(dir)
})
afterEach(() => {
  engine.close()
  removeDir(dir)
})

function reopen(stateDir: string | undefined): Engine {
  const file = engine.datasetPath
  engine.close()
  engine = createEngine({ datasetPath: file, host: 'web', stateDir })
  return engine
}

describe("Start's first-open mark", () => {
  it('says first open once per file, kept in welcomed.json beside recent.json for the next engine', async () => {
    const stateDir = path.join(dir, 'settings')
    reopen(stateDir)
    expect(await ok(engine, 'datasets.welcome', {})).toEqual({ firstOpen: true })
    expect(await ok(engine, 'datasets.welcome', {})).toEqual({ firstOpen: false })
    expect(JSON.parse(fs.readFileSync(path.join(stateDir, 'welcomed.json'), 'utf8'))).toEqual([engine.datasetPath])
    reopen(stateDir)
    expect(await ok(engine, 'datasets.welcome', {})).toEqual({ firstOpen: false })
  })

  it('welcomes a Save As copy of a welcomed file, but not a new file or a copy of an unwelcomed one', async () => {
    reopen(path.join(dir, 'settings'))
    await ok(engine, 'datasets.saveAs', { path: path.join(dir, 'unseen copy.lodestone') })
    expect(await ok(engine, 'datasets.welcome', {})).toEqual({ firstOpen: true })
    await ok(engine, 'datasets.saveAs', { path: path.join(dir, 'copy.lodestone') })
    expect(await ok(engine, 'datasets.welcome', {})).toEqual({ firstOpen: false })
    await ok(engine, 'datasets.new', { path: path.join(dir, 'fresh.lodestone'), from: 'empty' })
    expect(await ok(engine, 'datasets.welcome', {})).toEqual({ firstOpen: true })
  })

  it('keeps the marks for the run when there is no settings folder', async () => {
    reopen(undefined)
    expect(await ok(engine, 'datasets.welcome', {})).toEqual({ firstOpen: true })
    expect(await ok(engine, 'datasets.welcome', {})).toEqual({ firstOpen: false })
  })
})
