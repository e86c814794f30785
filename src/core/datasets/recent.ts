// Recently opened datasets, newest first, kept in `recent.json` in the host's settings folder (the OS
// user-data folder for the app and the browser host). Without a settings folder the list lives in memory.
import fs from 'node:fs'
import path from 'node:path'
import type { RecentDataset } from '../../shared/dataFiles'

const MAX_RECENT = 12

interface Entry {
  path: string
  openedAt: string
}

export class RecentList {
  private memory: Entry[] = []

  constructor(private readonly stateDir: string | null) {}

  private file(): string | null {
    return this.stateDir ? path.join(this.stateDir, 'recent.json') : null
  }

  private read(): Entry[] {
    const file = this.file()
    if (!file) return this.memory
    try {
      const value = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown
      return Array.isArray(value) ? value.filter((e): e is Entry => typeof e?.path === 'string' && typeof e?.openedAt === 'string') : []
    } catch {
      return []
    }
  }

  private write(entries: Entry[]): void {
    const file = this.file()
    if (!file) {
      this.memory = entries
      return
    }
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(entries, null, 2)}\n`)
      fs.renameSync(`${file}.tmp`, file)
    } catch {
      this.memory = entries // a read-only settings folder: remember for this run
    }
  }

  add(datasetPath: string): void {
    const resolved = path.resolve(datasetPath)
    const rest = this.read().filter((e) => e.path !== resolved)
    this.write([{ path: resolved, openedAt: new Date().toISOString() }, ...rest].slice(0, MAX_RECENT))
  }

  /** Recent datasets that still exist (a deleted or moved file drops out of the list). */
  list(): RecentDataset[] {
    return this.read()
      .filter((e) => fs.existsSync(e.path))
      .map((e) => ({ path: e.path, name: path.basename(e.path), openedAt: e.openedAt, exists: true, sizeBytes: fs.statSync(e.path).size }))
  }
}
