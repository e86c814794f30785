// Contract handlers for spreadsheet-grade grids: paste, ids and positions in a view, find, search everything,
// recently deleted rows and their restore, and column state. Writes are logged (undoable) and announced as
// dataset changes; column state is layout and is neither.
import { EngineError } from '../errors'
import type { HandlerContext, Handlers } from '../handlers'
import { readColumnState, writeColumnState } from './columnState'
import { recentlyDeleted, restoreDeleted } from './deleted'
import { findInView } from './find'
import { positionInView, readViewIds } from './pages'
import { applyPaste, type OpenPastes } from './paste'
import { searchAll } from './search'

type GridHandlers = Pick<
  Handlers,
  'rows.ids' | 'rows.position' | 'rows.find' | 'search.all' | 'edits.paste' | 'history.deleted' | 'history.restore' | 'grid.state' | 'grid.saveState'
>

export function gridHandlers(ctx: HandlerContext): GridHandlers {
  const edit = { db: ctx.db, actor: ctx.actor }
  const open: OpenPastes = { batches: new Map() }
  const writable = (): void => {
    if (ctx.info.readOnly) throw new EngineError('read_only', 'This dataset is open read-only, so it cannot be changed. Open a copy to edit it.')
  }

  return {
    'rows.ids': (input) => readViewIds(ctx.db, input, ctx.control?.orderIds),
    'rows.position': (input) => positionInView(ctx.db, input, ctx.control?.orderIds),
    'rows.find': (input) => findInView(ctx.db, input),
    'search.all': (input) => searchAll(ctx.db, input.query, input.perTable),
    'edits.paste': (input) => {
      writable()
      const result = applyPaste(edit, input, open)
      if (result.batchId && (result.written > 0 || result.addedRows.length > 0)) {
        ctx.events.emit('dataset.changed', { batchId: result.batchId, tables: [input.table], origin: 'user' })
      }
      return result
    },
    'history.deleted': (input) => recentlyDeleted(ctx.db, input.table, input.limit),
    'history.restore': (input) => {
      writable()
      const result = restoreDeleted(edit, input.items)
      const tables = [...new Set(result.restored.map((r) => r.table))]
      ctx.events.emit('dataset.changed', { batchId: result.batchId, tables, origin: 'user' })
      return result
    },
    'grid.state': (input) => readColumnState(ctx.db, input.table),
    'grid.saveState': (input) => {
      writable()
      return writeColumnState(ctx.db, input.table, input.state)
    }
  }
}
