// Import cycles, found by dpdm over every source file (type imports included): there are none, and none may
// appear. (The cycles this list once named — db/open <-> migrate <-> backups, edits/apply <-> history,
// io/convert <-> figures, engine <-> datasets/session — have all ended.)
import path from 'node:path'
import { parseCircular, parseDependencyTree } from 'dpdm'
import { describe, expect, it } from 'vitest'

describe('import cycles', () => {
  it('none anywhere, the contract and the handler root included', async () => {
    const root = path.resolve(__dirname, '../..')
    const tree = await parseDependencyTree('src/**/*.{ts,tsx}', { context: root, cwd: root, tsconfig: path.join(root, 'tsconfig.node.json'), transform: false })
    const files = Object.keys(tree)
    expect(files.filter((f) => f.endsWith('.tsx')).length).toBeGreaterThan(50)
    expect(files).toContain('src/shared/contract/index.ts')
    const cycles = parseCircular(tree).map((c) => c.join(' -> '))
    expect(cycles).toEqual([])
  }, 60_000)
})
