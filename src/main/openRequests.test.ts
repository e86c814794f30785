// Opening a .lodestone file with the app: the file in argv (Windows, Linux), macOS's open-file before the app is
// ready, and a second launch handing its file to the running window, here through the real File-menu flow and a
// real engine: the running app ends up on the handed-over dataset.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createEngine } from '../core/engine'
import { createFileMenu } from './fileMenu'
import { createOpenQueue, datasetFromArgv, datasetFromHandover } from './openRequests'

const STARTER = path.resolve(__dirname, '../../resources/starter')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-open-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

describe('datasetFromArgv', () => {
  it('takes a double-clicked file from a packaged launch (Windows, Linux)', () => {
    expect(datasetFromArgv(['C:\\Program Files\\Lodestone\\Lodestone.exe', 'D:\\data\\india.lodestone'], 'C:\\')).toMatch(/india\.lodestone$/)
    expect(datasetFromArgv(['/opt/Lodestone/lodestone', 'india.LODESTONE'], '/home/a')).toBe('/home/a/india.LODESTONE')
  })

  it('skips switches and the app folder in a development launch', () => {
    expect(datasetFromArgv(['/x/electron', '/repo', '--no-sandbox', '--flag=a.lodestone', 'b.lodestone'], '/w')).toBe('/w/b.lodestone')
    expect(datasetFromArgv(['/x/electron', '/repo', '--inspect'], '/w')).toBeNull()
    expect(datasetFromArgv(['/opt/Lodestone/lodestone', 'notes.csv'], '/w')).toBeNull()
  })

  it('prefers the file a second launch hands over, else reads its argv', () => {
    expect(datasetFromHandover({ file: '/d/a.lodestone' }, ['/x', '/d/b.lodestone'], '/')).toBe('/d/a.lodestone')
    expect(datasetFromHandover({ file: 'relative.lodestone' }, ['/x', '/d/b.lodestone'], '/')).toBe('/d/b.lodestone')
    expect(datasetFromHandover(null, ['/x', 'c.lodestone'], '/w')).toBe('/w/c.lodestone')
  })
})

describe('createOpenQueue', () => {
  it('holds a file asked for before the app is ready (macOS open-file), then opens it once', () => {
    const q = createOpenQueue()
    const opened: string[] = []
    q.request('/d/first.lodestone')
    q.request('/d/second.lodestone')
    q.ready((f) => opened.push(f))
    q.request('/d/third.lodestone')
    expect(opened).toEqual(['/d/second.lodestone', '/d/third.lodestone'])
  })
})

describe('a second launch hands its file to the running app', () => {
  it('opens the handed-over dataset in the running engine', async () => {
    const other = path.join(tmp, 'other.lodestone')
    const seed = createEngine({ datasetPath: other, host: 'electron', createIfMissing: 'starter', starterDir: STARTER })
    seed.close()
    const engine = createEngine({ datasetPath: path.join(tmp, 'running.lodestone'), host: 'electron', createIfMissing: 'starter', starterDir: STARTER })
    try {
      const errors: string[] = []
      const flows = createFileMenu(engine, {
        dialogs: {
          chooseOpen: () => Promise.resolve(null),
          chooseSave: () => Promise.resolve(null),
          showError: (title, message) => {
            errors.push(`${title}: ${message}`)
            return Promise.resolve()
          }
        },
        command: () => undefined
      })
      const q = createOpenQueue()
      const done: Promise<unknown>[] = []
      q.ready((file) => done.push(flows.run({ kind: 'openRecent', path: file })))
      const handed = datasetFromHandover({ file: other }, ['/opt/Lodestone/lodestone', other], tmp)
      q.request(handed!)
      expect(await Promise.all(done)).toEqual([{ status: 'done', message: 'Opened other.lodestone.' }])
      expect(path.resolve(engine.datasetPath)).toBe(path.resolve(other))
      expect(errors).toEqual([])
    } finally {
      engine.close()
    }
  })
})
