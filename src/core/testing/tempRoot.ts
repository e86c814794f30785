// Vitest global setup: every test process gets one temp folder of its run as its TMPDIR, removed when the run
// ends, so helpers that keep a file for the whole process (the briefs' starter template) and tests that are
// killed mid-way leave nothing behind in the machine's /tmp.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export default function setup(): () => void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-vitest-'))
  const previous = process.env.TMPDIR
  process.env.TMPDIR = root
  return () => {
    if (previous === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = previous
    fs.rmSync(root, { recursive: true, force: true })
  }
}
