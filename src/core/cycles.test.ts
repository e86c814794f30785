// Import cycles, found by dpdm over every source file (type imports included): none may touch the contract
// (src/shared) or the handler root, and none may appear that is not already known below. The known ones are
// other lanes' to end (db/open <-> migrate <-> backups, edits/apply <-> history, io/convert <-> figures,
// engine <-> datasets/session); when one ends, delete its line, and when none is left the list stays empty.
import path from 'node:path'
import { parseCircular, parseDependencyTree } from 'dpdm'
import { describe, expect, it } from 'vitest'

const KNOWN = new Set([
  'src/core/db/open.ts -> src/core/db/migrate.ts',
  'src/core/db/open.ts -> src/core/db/migrate.ts -> src/core/backups/snapshot.ts',
  'src/core/edits/apply.ts -> src/core/edits/history.ts',
  'src/core/io/convert.ts -> src/core/io/figures.ts',
  'src/core/engine.ts -> src/core/datasets/session.ts'
])

describe('import cycles', () => {
  it('none in the contract or the handler root, and no new one anywhere', async () => {
    const root = path.resolve(__dirname, '../..')
    const tree = await parseDependencyTree('src/**/*.{ts,tsx}', { context: root, cwd: root, tsconfig: path.join(root, 'tsconfig.node.json'), transform: false })
    const files = Object.keys(tree)
    expect(files.filter((f) => f.endsWith('.tsx')).length).toBeGreaterThan(50)
    expect(files).toContain('src/shared/contract/index.ts')
    const cycles = parseCircular(tree).map((c) => c.join(' -> '))
    const shared = cycles.filter((c) => c.includes('src/shared/') || /src\/core\/(handlers|handlerContext)\.ts|src\/core\/\w+\/handlers\.ts/.test(c))
    expect(shared).toEqual([])
    expect(cycles.filter((c) => !KNOWN.has(c))).toEqual([])
  }, 60_000)
})
