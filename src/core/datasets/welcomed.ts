// Which datasets have had their Start view shown, kept in `welcomed.json` in the host's settings folder beside
// recent.json (so the mark is the user's, not one browser origin's: a new port or a new window keeps it). A file
// not welcomed yet opens on Start once; a Save As copy of a welcomed file is welcomed too. Never holds data.
import fs from 'node:fs'
import path from 'node:path'

const MAX_WELCOMED = 200

export class WelcomedList {
  private memory: string[] = []

  constructor(private readonly stateDir: string | null) {}

  private file(): string | null {
    return this.stateDir ? path.join(this.stateDir, 'welcomed.json') : null
  }

  private read(): string[] {
    const file = this.file()
    if (!file) return this.memory
    try {
      const value = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown
      return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : []
    } catch {
      return []
    }
  }

  private write(paths: string[]): void {
    const file = this.file()
    this.memory = paths
    if (!file) return
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(paths, null, 2)}\n`)
      fs.renameSync(`${file}.tmp`, file)
    } catch {
      // A read-only settings folder: the mark holds for this run (memory), and Start shows again next time.
    }
  }

  has(datasetPath: string): boolean {
    const resolved = path.resolve(datasetPath)
    return this.read().includes(resolved) || this.memory.includes(resolved)
  }

  /** Marks the file welcomed; true when it was not before (the caller shows Start this once). */
  welcome(datasetPath: string): boolean {
    if (this.has(datasetPath)) return false
    const resolved = path.resolve(datasetPath)
    this.write([...this.read().filter((p) => p !== resolved), resolved].slice(-MAX_WELCOMED))
    return true
  }

  /** A copy of a welcomed file (Save As) is welcomed too: the analyst carries on where they were. */
  carry(from: string, to: string): void {
    if (this.has(from)) this.welcome(to)
  }
}
