// The built `lodestone` command piped into a reader that stops early (`lodestone info PATH | head -2`): the
// process ends quietly, with no EPIPE stack trace on stderr. Runs the real bin against a real dataset; skips
// when the app has not been built (npm test builds before it runs the tests).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { removeDir, tempDir } from '../core/testing/tempDataset'

const root = path.resolve(__dirname, '../..')
const built = fs.existsSync(path.join(root, 'out/main/cli.js'))
let dir: string
let file: string

beforeAll(() => {
  dir = tempDir('lodestone-pipe-')
  file = path.join(dir, 'india.lodestone')
})
afterAll(() => removeDir(dir))

describe.skipIf(!built)('lodestone piped into head', () => {
  it('ends quietly when the reader closes the pipe after one line', () => {
    const bin = path.join(root, 'bin/lodestone.cjs')
    expect(spawnSync(process.execPath, [bin, 'new', file]).status).toBe(0)
    for (const command of ['info', 'check']) {
      // `head -c 1` closes the pipe while the command still has lines to write; the sleep makes sure it has.
      const run = spawnSync('sh', ['-c', `{ sleep 0.3; "${process.execPath}" "${bin}" ${command} "${file}"; } | head -c 1 >/dev/null`], { encoding: 'utf8' })
      expect({ command, stderr: run.stderr }).toEqual({ command, stderr: '' })
      expect(run.status).toBe(0)
    }
  }, 60_000)
})
