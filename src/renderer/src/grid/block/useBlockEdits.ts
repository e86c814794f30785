// Copy, paste, fill (Ctrl+D and the fill handle), clearing a block (Delete) and setting a column for many rows:
// each a paste through 'edits.paste' (one undo step), with a progress line while it runs and a report after it
// that counts what was written and lists every refused cell. Copy answers at once when the rows are loaded.
// A paste that would change more existing rows than are in view asks first, saying how many and from where.
import { useCallback, useRef, useState } from 'react'
import type { GridApi } from 'ag-grid-community'
import type { Row } from '../../../../shared/api'
import type { ScaleChoice } from '../../../../shared/displayUnits'
import { tableDef, type TableName } from '../../../../shared/schema'
import { useConfirm } from '../../app/useConfirm'
import { countOf } from '../../data/rows'
import { cellCount as blockCells, type Block as Cells } from '../../../../shared/tsv'
import { blockText, blockTextNow, readClipboard, readText } from './clipboard'
import { fillDown, fillSeries } from './fill'
import { runPaste, runSetColumn, summarise, type PasteOutcome, type PasteProgress } from './pasteRunner'
import { cellCount, rectRows, type Rect } from './range'

export interface PasteReport {
  summary: string
  refused: string[]
  refusedCount: number
  notes: string[]
  tone: 'ok' | 'warn' | 'error'
}

export interface RunningTask {
  label: string
  progress: PasteProgress
  cancel(): void
}

interface Options {
  api: GridApi<Row> | null
  table: TableName
  readOnly: boolean
  rect(): Rect | null
  scales: Record<string, ScaleChoice>
}

/** Rows the grid shows at once (at least one). */
function rowsInView(api: GridApi<Row>): number {
  const range = api.getVerticalPixelRange()
  const height = api.getRenderedNodes()[0]?.rowHeight ?? 30
  return Math.max(1, Math.floor((range.bottom - range.top) / height))
}

const plural = (n: number, word: string): string => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`

function reportOf(outcome: PasteOutcome, table: TableName): PasteReport {
  const tone = outcome.error ? 'error' : outcome.refusedCount > 0 || outcome.cancelled ? 'warn' : 'ok'
  return { summary: summarise(outcome, table), refused: outcome.refused, refusedCount: outcome.refusedCount, notes: outcome.notes, tone }
}

export function useBlockEdits({ api, table, readOnly, rect, scales }: Options) {
  const [task, setTask] = useState<RunningTask | null>(null)
  const [report, setReport] = useState<PasteReport | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const busy = useRef(false)
  const noticeTimer = useRef<number | undefined>(undefined)
  const { confirm, dialog } = useConfirm()

  const say = useCallback((text: string) => {
    setNotice(text)
    window.clearTimeout(noticeTimer.current)
    noticeTimer.current = window.setTimeout(() => setNotice(null), 2500)
  }, [])

  const run = useCallback(
    async (label: string, work: (o: { onProgress(p: PasteProgress): void; signal: { cancelled: boolean } }) => Promise<PasteOutcome>) => {
      if (busy.current) return
      busy.current = true
      const signal = { cancelled: false }
      const cancel = (): void => void (signal.cancelled = true)
      setReport(null)
      setTask({ label, progress: { done: 0, total: 0 }, cancel })
      try {
        const outcome = await work({ signal, onProgress: (progress) => setTask({ label, progress, cancel }) })
        setReport(reportOf(outcome, table))
      } catch (e) {
        setReport({
          summary: `${label} failed: ${e instanceof Error ? e.message : String(e)}. Nothing more was written.`,
          refused: [],
          refusedCount: 0,
          notes: [],
          tone: 'error'
        })
      } finally {
        busy.current = false
        setTask(null)
      }
    },
    [table]
  )

  const refuse = useCallback((message: string) => setReport({ summary: message, refused: [], refusedCount: 0, notes: [], tone: 'error' }), [])

  const pasteBlock = useCallback(
    (block: Cells, at: Rect, verb: string, label: string) => {
      if (!api) return
      if (readOnly) return refuse('This dataset is open read-only, so nothing was pasted.')
      void run(`${label}…`, (o) => runPaste(api, block, at, { table, label, verb, scales, ...o }))
    },
    [api, readOnly, run, refuse, table, scales]
  )

  const onCopy = useCallback(
    (e: ClipboardEvent) => {
      const r = rect()
      if (!api || !r) return
      e.preventDefault()
      const text = blockTextNow(api, table, r, scales)
      const done = (): void => say(`Copied ${plural(cellCount(r), 'cell')} (${plural(rectRows(r), 'row')} × ${plural(r.cols.length, 'column')})`)
      if (text !== null && e.clipboardData) {
        e.clipboardData.setData('text/plain', text)
        return done()
      }
      void blockText(api, table, r, scales)
        .then((t) => navigator.clipboard.writeText(t))
        .then(done, (err: unknown) => refuse(`Copy failed: ${err instanceof Error ? err.message : String(err)}.`))
    },
    [api, table, rect, scales, say, refuse]
  )

  const pasteCells = useCallback(
    (read: ReturnType<typeof readText>) => {
      const r = rect()
      if (!r) return refuse('Click the cell to paste into first.')
      if (!read.ok) return refuse(read.message)
      const n = blockCells(read.block)
      const go = (): void => pasteBlock(read.block, r, 'Pasted', `Paste ${plural(n, 'cell')} into ${tableDef(table).label}`)
      if (!api) return go()
      const inView = rowsInView(api)
      const changed = Math.min(read.block.length, Math.max(0, api.getDisplayedRowCount() - r.top))
      if (changed <= inView) return go()
      const beyond = read.block.length - changed
      void confirm({
        title: `Paste over ${countOf(table, changed)}?`,
        message:
          `The clipboard holds ${plural(read.block.length, 'line')}: pasting at row ${(r.top + 1).toLocaleString('en-US')} changes ${countOf(table, changed)} ` +
          `(rows ${(r.top + 1).toLocaleString('en-US')} to ${(r.top + changed).toLocaleString('en-US')}), and only ${inView.toLocaleString('en-US')} are in view.` +
          (beyond > 0 ? ` ${plural(beyond, 'line')} go beyond the last row.` : '') +
          ' Undo takes the whole paste back.',
        confirmLabel: `Paste into ${countOf(table, changed)}`,
        danger: true
      }).then((ok) => (ok ? go() : say('Nothing was pasted.')))
    },
    [api, rect, refuse, pasteBlock, table, confirm, say]
  )

  const onPaste = useCallback(
    (e: ClipboardEvent) => {
      e.preventDefault()
      pasteCells(readClipboard(e.clipboardData))
    },
    [pasteCells]
  )

  const fill = useCallback(
    async (toRow?: number) => {
      const r = rect()
      if (!api || !r) return
      const planned = toRow === undefined ? await fillDown(api, table, r, scales) : await fillSeries(api, table, r, toRow, scales)
      if (!planned) return say(toRow === undefined ? 'Nothing above to fill down from.' : 'Drag the handle below the block to fill.')
      pasteBlock(planned.block, planned.at, 'Filled', `Fill ${plural(cellCount(planned.at), 'cell')}`)
    },
    [api, table, rect, scales, pasteBlock, say]
  )

  const clear = useCallback(() => {
    const r = rect()
    if (!r || cellCount(r) < 2) return false
    const block = Array.from({ length: rectRows(r) }, () => r.cols.map(() => ''))
    pasteBlock(block, r, 'Cleared', `Clear ${plural(cellCount(r), 'cell')}`)
    return true
  }, [rect, pasteBlock])

  const setColumn = useCallback(
    (rows: { id: number; position: number }[], column: string, value: string, columnLabel: string) => {
      if (readOnly) return refuse('This dataset is open read-only, so nothing was changed.')
      const label = `Set ${columnLabel} for ${plural(rows.length, 'row')}`
      void run(`${label}…`, (o) => runSetColumn(table, rows, column, value, { label, verb: 'Set', scales, ...o }))
    },
    [readOnly, refuse, run, table, scales]
  )

  const onKeyDown = useCallback(
    (e: KeyboardEvent): boolean => {
      const mod = e.ctrlKey || e.metaKey
      if (mod && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'd') {
        if (!readOnly) void fill()
        return true
      }
      if (!mod && (e.key === 'Delete' || e.key === 'Backspace') && !readOnly) return clear()
      return false
    },
    [fill, clear, readOnly]
  )

  return {
    onCopy,
    onPaste,
    pasteText: (text: string) => pasteCells(readText(text)),
    onKeyDown,
    fillTo: (row: number) => void fill(row),
    setColumn,
    task,
    report,
    notice,
    /** The paste question, when one is asked (render it beside the grid). */
    dialog,
    dismiss: () => setReport(null)
  }
}
