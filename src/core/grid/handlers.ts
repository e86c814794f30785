// Contract handlers for spreadsheet-grade grids: paste, ids and positions in a view, find, search everything,
// recently deleted rows and their restore, and column state. Writes are logged (undoable) and the engine
// announces them as dataset changes; column state is layout and is neither.
import type { HandlerContext, Handlers } from '../handlerContext'
import { readColumnState, writeColumnState } from './columnState'
import { recentlyDeleted, restoreDeleted } from './deleted'
import { findInView } from './find'
import { buildPending } from './findIndex'
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
  // A dataset from before the find index: built in the background once the first screens have been answered.
  if (!ctx.info.readOnly) setTimeout(() => buildPending(ctx.db), 2000).unref?.()

  return {
    'rows.ids': (input) => readViewIds(ctx.db, input, ctx.control?.orderIds),
    'rows.position': (input) => positionInView(ctx.db, input, ctx.control?.orderIds),
    'rows.find': (input) => findInView(ctx.db, input, { writable: !ctx.info.readOnly, sort: ctx.control?.orderIds }),
    'search.all': (input) => searchAll(ctx.db, input.query, input.perTable),
    'edits.paste': (input) => applyPaste(edit, input, open),
    'history.deleted': (input) => recentlyDeleted(ctx.db, input.table, input.limit),
    'history.restore': (input) => restoreDeleted(edit, input.items),
    'grid.state': (input) => readColumnState(ctx.db, input.table),
    'grid.saveState': (input) => writeColumnState(ctx.db, input.table, input.state)
  }
}
