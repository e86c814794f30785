// The File menu's flows against a real engine on a real temp dataset, with fake dialogs only: what happens on
// cancel, on the engine's refusal (its message shown in words, nothing changed), on a file too large to import,
// and that Import uploads the chosen file through the contract and asks the window to show it.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Events } from '../shared/api'
import { MAX_UPLOAD_BYTES, type DatasetInfo } from '../shared/dataFiles'
import { createEngine, type Engine } from '../core/engine'
import { count, ok, removeDir, seededEngine, STARTER_DIR, tempDir } from '../core/testing/tempDataset'
import { createFileMenu, UPLOAD_CHUNK, type DialogPort, type DialogRequest } from './fileMenu'

interface FakeDialogs extends DialogPort {
  answers: (string | null)[]
  asked: { kind: 'open' | 'save'; request: DialogRequest }[]
  errors: { title: string; message: string }[]
}

function fakeDialogs(...answers: (string | null)[]): FakeDialogs {
  const d: FakeDialogs = {
    answers,
    asked: [],
    errors: [],
    chooseOpen: async (request) => {
      d.asked.push({ kind: 'open', request })
      return d.answers.shift() ?? null
    },
    chooseSave: async (request) => {
      d.asked.push({ kind: 'save', request })
      return d.answers.shift() ?? null
    },
    showError: async (title, message) => {
      d.errors.push({ title, message })
    }
  }
  return d
}

let dir: string
let engine: Engine
let commands: Events['app.command'][]
let progress: (number | null)[]
let opened: DatasetInfo[]
const menu = (dialogs: DialogPort, on: Engine = engine) => createFileMenu(on, { dialogs, command: (c) => commands.push(c), progress: (f) => progress.push(f) })
const openPath = async (): Promise<string> => (await ok(engine, 'datasets.info', {})).path

beforeEach(async () => {
  dir = tempDir('lodestone-filemenu-')
  engine = await seededEngine(dir)
  commands = []
  progress = []
  opened = []
  engine.on('dataset.opened', (info) => opened.push(info))
})

afterEach(() => {
  engine.close()
  removeDir(dir)
})

describe('File > New, Open, Save As', () => {
  it('does nothing when the dialog is cancelled', async () => {
    const before = await openPath()
    for (const kind of ['open', 'saveAs', 'import'] as const) {
      const dialogs = fakeDialogs(null)
      expect(await menu(dialogs).run({ kind })).toEqual({ status: 'cancelled' })
      expect(dialogs.errors).toEqual([])
    }
    expect(await menu(fakeDialogs(null)).run({ kind: 'new', from: 'empty' })).toEqual({ status: 'cancelled' })
    expect(await openPath()).toBe(before)
    expect(opened).toEqual([])
    expect(commands).toEqual([])
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.lodestone'))).toEqual(['test.lodestone'])
  })

  it('creates an empty dataset where chosen, adding .lodestone to a bare name, and opens it', async () => {
    const dialogs = fakeDialogs(path.join(dir, 'fresh'))
    const outcome = await menu(dialogs).run({ kind: 'new', from: 'empty' })
    expect(outcome).toEqual({ status: 'done', message: 'Created fresh.lodestone.' })
    expect(dialogs.asked[0].request.defaultPath).toBe(path.join(dir, 'Untitled.lodestone'))
    expect(dialogs.asked[0].request.filters).toEqual([{ name: 'Lodestone datasets', extensions: ['lodestone'] }])
    expect(await openPath()).toBe(path.join(dir, 'fresh.lodestone'))
    expect(opened.map((o) => o.name)).toEqual(['fresh.lodestone'])
    expect(count(engine, 'country')).toBe(0)
  })

  it('creates a dataset from the starter data', async () => {
    const starter = createEngine({ datasetPath: path.join(dir, 'base.lodestone'), host: 'test', createIfMissing: 'empty', starterDir: STARTER_DIR })
    try {
      expect(await menu(fakeDialogs(path.join(dir, 'starter.lodestone')), starter).run({ kind: 'new', from: 'starter' })).toMatchObject({ status: 'done' })
      expect(count(starter, 'country')).toBeGreaterThan(10)
    } finally {
      starter.close()
    }
  })

  it("shows the engine's refusal in words and keeps the open dataset when the name is taken", async () => {
    fs.writeFileSync(path.join(dir, 'taken.lodestone'), 'not mine')
    const dialogs = fakeDialogs(path.join(dir, 'taken.lodestone'))
    const outcome = await menu(dialogs).run({ kind: 'new', from: 'empty' })
    expect(outcome.status).toBe('failed')
    expect(dialogs.errors).toEqual([
      { title: 'Lodestone could not create the dataset', message: expect.stringContaining('already exists; Lodestone never overwrites a file') }
    ])
    expect(fs.readFileSync(path.join(dir, 'taken.lodestone'), 'utf8')).toBe('not mine')
    expect(await openPath()).toBe(path.join(dir, 'test.lodestone'))
  })

  it('saves a consistent copy under the suggested name and works in it', async () => {
    const dialogs = fakeDialogs(path.join(dir, 'test copy.lodestone'))
    expect(await menu(dialogs).run({ kind: 'saveAs' })).toEqual({ status: 'done', message: 'Saved a copy as test copy.lodestone; it is open now.' })
    expect(dialogs.asked[0]).toMatchObject({ kind: 'save', request: { defaultPath: path.join(dir, 'test copy.lodestone') } })
    expect(await openPath()).toBe(path.join(dir, 'test copy.lodestone'))
    expect(count(engine, 'country')).toBe(2)
  })

  it("opens a chosen dataset, starting in the open one's folder, and Open Recent goes back", async () => {
    await menu(fakeDialogs(path.join(dir, 'other.lodestone'))).run({ kind: 'new', from: 'empty' })
    const dialogs = fakeDialogs(path.join(dir, 'test.lodestone'))
    expect(await menu(dialogs).run({ kind: 'open' })).toEqual({ status: 'done', message: 'Opened test.lodestone.' })
    expect(dialogs.asked[0]).toMatchObject({ kind: 'open', request: { defaultPath: dir } })
    expect(count(engine, 'country')).toBe(2)
    expect(await menu(fakeDialogs()).run({ kind: 'openRecent', path: path.join(dir, 'other.lodestone') })).toMatchObject({ status: 'done' })
    expect(await openPath()).toBe(path.join(dir, 'other.lodestone'))
    expect(opened.map((o) => o.name)).toEqual(['other.lodestone', 'test.lodestone', 'other.lodestone'])
  })

  it('says why a CSV, or a recent file that has gone, cannot be opened', async () => {
    fs.writeFileSync(path.join(dir, 'figures.csv'), 'a,b\n1,2\n')
    const dialogs = fakeDialogs(path.join(dir, 'figures.csv'))
    await menu(dialogs).run({ kind: 'open' })
    await menu(dialogs).run({ kind: 'openRecent', path: path.join(dir, 'gone.lodestone') })
    expect(dialogs.errors.map((e) => e.message)).toEqual([
      expect.stringContaining('Dataset files end in .lodestone; "figures.csv" does not. To bring in a CSV or a workbook, use Import.'),
      expect.stringContaining(`There is no dataset at ${path.join(dir, 'gone.lodestone')}`)
    ])
    expect(await openPath()).toBe(path.join(dir, 'test.lodestone'))
  })

  it('runs one flow at a time: a second command while a dialog is open is ignored', async () => {
    let answer: (file: string | null) => void = () => undefined
    const dialogs = fakeDialogs()
    const asked = new Promise<void>((shown) => {
      dialogs.chooseOpen = () => {
        shown()
        return new Promise((resolve) => (answer = resolve))
      }
    })
    const flows = menu(dialogs)
    const first = flows.run({ kind: 'open' })
    await asked
    expect(await flows.run({ kind: 'backups' })).toEqual({ status: 'busy' })
    answer(null)
    expect(await first).toEqual({ status: 'cancelled' })
    expect(await flows.run({ kind: 'backups' })).toMatchObject({ status: 'done' })
    expect(commands).toEqual([{ command: 'backups' }])
  })
})

describe('File > Import', () => {
  it('uploads the chosen file through the contract and shows it in the Import view', async () => {
    const csv = path.join(dir, 'mine production.csv')
    fs.writeFileSync(csv, 'country,year,value\nIndia,2024,2900\nChina,2024,270000\n')
    const dialogs = fakeDialogs(csv)
    expect(await menu(dialogs).run({ kind: 'import' })).toEqual({ status: 'done', message: 'Sent mine production.csv to the Import view.' })
    expect(dialogs.asked[0].request.filters[0].extensions).toEqual(['csv', 'tsv', 'txt', 'xlsx', 'json'])
    expect(commands).toEqual([{ command: 'import', upload: { uploadId: expect.any(String), name: 'mine production.csv', bytes: fs.statSync(csv).size } }])
    const preview = await ok(engine, 'import.preview', { uploadId: commands[0].upload!.uploadId, table: 'observation' })
    expect(preview.columns.map((c) => c.name)).toEqual(['country', 'year', 'value'])
    expect(preview.sample.slice(0, 2)).toEqual([
      ['India', '2024', '2900'],
      ['China', '2024', '270000']
    ])
    expect(progress).toEqual([1, null])
  })

  it('sends a large file in chunks and remembers its folder for next time', async () => {
    const big = path.join(dir, 'big.csv')
    const size = UPLOAD_CHUNK * 2 + 123
    fs.writeFileSync(big, Buffer.alloc(size, 'a'))
    const dialogs = fakeDialogs(big, null)
    const flows = menu(dialogs)
    await flows.run({ kind: 'import' })
    expect(commands[0].upload?.bytes).toBe(size)
    expect(progress).toEqual([UPLOAD_CHUNK / size, (UPLOAD_CHUNK * 2) / size, 1, null])
    expect(await flows.run({ kind: 'import' })).toEqual({ status: 'cancelled' })
    expect(dialogs.asked.map((a) => a.request.defaultPath)).toEqual([undefined, dir])
  })

  it('refuses a file over the limit before sending anything, saying how to import it', async () => {
    const huge = path.join(dir, 'huge.csv')
    fs.closeSync(fs.openSync(huge, 'w'))
    fs.truncateSync(huge, MAX_UPLOAD_BYTES + 1) // sparse: no 200 MB written
    const dialogs = fakeDialogs(huge)
    expect(await menu(dialogs).run({ kind: 'import' })).toMatchObject({ status: 'failed' })
    expect(dialogs.errors).toEqual([
      {
        title: 'The file is too large to import here',
        message: 'huge.csv is 200.1 MB; the window imports files up to 200 MB. Use the command line for bigger ones: lodestone import DATASET FILE --table T.'
      }
    ])
    expect(commands).toEqual([])
    expect(progress).toEqual([])
  })

  it("shows the engine's refusal when the dataset is read-only, and shows no Import view", async () => {
    const file = await openPath()
    engine.close()
    engine = createEngine({ datasetPath: file, host: 'test', readOnly: true })
    const csv = path.join(dir, 'x.csv')
    fs.writeFileSync(csv, 'a\n1\n')
    const dialogs = fakeDialogs(csv)
    expect(await menu(dialogs).run({ kind: 'import' })).toMatchObject({ status: 'failed' })
    expect(dialogs.errors).toEqual([
      { title: 'Lodestone could not import the file', message: expect.stringContaining('This dataset is open read-only, so nothing was changed') }
    ])
    expect(commands).toEqual([])
    expect(progress).toEqual([null])
  })

  it('says so when the chosen path is a folder or cannot be read', async () => {
    const dialogs = fakeDialogs(dir, path.join(dir, 'missing.csv'))
    await menu(dialogs).run({ kind: 'import' })
    await menu(dialogs).run({ kind: 'import' })
    expect(dialogs.errors.map((e) => e.message)).toEqual([
      `${dir} is not a file. Choose a CSV, TSV, text, Excel (.xlsx) or JSON file.`,
      expect.stringMatching(/missing\.csv could not be read: ENOENT/)
    ])
    expect(commands).toEqual([])
  })
})
