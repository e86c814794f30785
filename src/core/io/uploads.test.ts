// Upload folders outlive a host that is killed (SIGKILL, a crash, power off); the next host removes them. Only
// folders whose owner is gone (or, without an owner file, a day old) go; a live host's folder, files and symlinks
// with the same prefix, and other folders stay.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { removeStaleUploads, UploadStore } from './uploads'
import { createEngine } from '../engine'

let tmp: string
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-sweep-'))
})
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }))

/** The pid of a process that has ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!
}

function folder(name: string, owner: number | null, ageMs = 0): string {
  const dir = path.join(tmp, name)
  fs.mkdirSync(dir)
  fs.writeFileSync(path.join(dir, 'x-trade.csv'), 'a,b\n1,2\n')
  if (owner !== null) fs.writeFileSync(path.join(dir, 'owner.pid'), String(owner))
  const t = new Date(Date.now() - ageMs)
  fs.utimesSync(dir, t, t)
  return dir
}

describe('removeStaleUploads', () => {
  it('removes the folders of hosts that are gone and keeps the rest', () => {
    const dead = folder('lodestone-uploads-dead', deadPid())
    const mine = folder('lodestone-uploads-mine', process.pid)
    const live = folder('lodestone-uploads-live', process.ppid)
    const oldUnowned = folder('lodestone-uploads-old', null, 2 * 24 * 3600 * 1000)
    const newUnowned = folder('lodestone-uploads-new', null, 60 * 1000)
    const other = folder('not-lodestone', deadPid())
    fs.writeFileSync(path.join(tmp, 'lodestone-uploads-file'), 'not a folder')
    const target = folder('target', null)
    fs.symlinkSync(target, path.join(tmp, 'lodestone-uploads-link'))

    expect(removeStaleUploads(tmp).sort()).toEqual([dead, oldUnowned].sort())
    for (const kept of [mine, live, newUnowned, other, target, path.join(tmp, 'lodestone-uploads-link'), path.join(tmp, 'lodestone-uploads-file')])
      expect(fs.existsSync(kept)).toBe(true)
    expect(fs.existsSync(path.join(target, 'x-trade.csv'))).toBe(true)
  })

  it('asks whether the owner is alive, and answers nothing for a missing folder', () => {
    const dir = folder('lodestone-uploads-a', 424242)
    expect(removeStaleUploads(tmp, () => true)).toEqual([])
    expect(removeStaleUploads(tmp, () => false)).toEqual([dir])
    expect(removeStaleUploads(path.join(tmp, 'nowhere'))).toEqual([])
  })

  it("an upload folder names its host's pid, and a window host starting sweeps the killed host's folder", () => {
    const store = new UploadStore()
    const { uploadId } = store.append('trade.csv', Buffer.from('a,b\n').toString('base64'))
    const dir = path.dirname(store.get(uploadId).path)
    expect(fs.readFileSync(path.join(dir, 'owner.pid'), 'utf8')).toBe(String(process.pid))
    store.close()

    // What a killed host leaves in the temp folder the next host uses.
    const left = folder('lodestone-uploads-killed', deadPid())
    fs.renameSync(left, path.join(os.tmpdir(), path.basename(left)))
    const moved = path.join(os.tmpdir(), path.basename(left))
    const engine = createEngine({ datasetPath: path.join(tmp, 'd.lodestone'), host: 'web', createIfMissing: 'empty' })
    try {
      expect(fs.existsSync(moved)).toBe(false)
    } finally {
      engine.close()
    }
  })
})
