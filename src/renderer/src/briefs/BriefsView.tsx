// The Briefs view: a bar to pick, make, duplicate, delete and export briefs; below it the outline (left), the
// paged live preview of exactly the HTML that prints (middle) and the selected section's settings (right).
// Which brief is open is the route's; Briefs without one reopens the last brief shown, if it still exists.
import { useCallback, useEffect, useState, type ReactElement } from 'react'
import { TEMPLATE_LABELS, type BriefConfig } from '../../../shared/briefs'
import { call, errorMessage } from '../api/client'
import { useCall } from '../data/queries'
import { useStored } from '../app/useStored'
import { useConfirm } from '../app/useConfirm'
import { ExportDialog } from './ExportDialog'
import { NewBrief } from './NewBrief'
import { Outline, type Selected } from './Outline'
import { Preview } from './Preview'
import { Settings } from './Settings'
import { useBrief } from './useBrief'
import './briefs.css'

interface Props {
  readOnly: boolean
  /** The brief the route names, or null. */
  openId: number | null
  /** The route asks for the new-brief form. */
  making: boolean
  /** Opens a brief (null: none); replace when the one asked for is gone or only remembered. */
  onOpen(id: number | null, replace?: boolean): void
}

const isId = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isInteger(v) && v > 0)

export function BriefsView({ readOnly, openId, making: routeMaking, onOpen }: Props): ReactElement {
  const [lastId, setLastId] = useStored<number | null>('lodestone.brief', null, isId)
  const [making, setMaking] = useState(routeMaking)
  const [exporting, setExporting] = useState(false)
  const [selected, setSelected] = useState<Selected>('document')
  const [error, setError] = useState<string | null>(null)
  const { confirm, dialog } = useConfirm()
  const list = useCall('briefs.list', {})
  const setOpenId = useCallback(
    (id: number | null) => {
      // Closing the brief on purpose (the picker's empty choice, Delete) forgets it, so Briefs does not reopen it.
      if (id === null) setLastId(null)
      onOpen(id)
    },
    [onOpen, setLastId]
  )
  useEffect(() => {
    if (routeMaking) setMaking(true)
  }, [routeMaking])
  // A brief that is gone (deleted, or a backup restored from before it existed) falls back to the list quietly:
  // the address and the remembered id are dropped and no error is shown.
  const open = useBrief(openId, () => {
    setLastId(null)
    onOpen(null, true)
  })
  const brief = open.brief
  useEffect(() => {
    if (openId !== null) setLastId(openId)
    else if (lastId !== null && !routeMaking) onOpen(lastId, true)
  }, [openId, lastId, routeMaking, setLastId, onOpen])

  const act = async (work: () => Promise<void>): Promise<void> => {
    try {
      await work()
      setError(null)
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  const duplicate = (): Promise<void> => act(async () => setOpenId((await call('briefs.duplicate', { id: brief?.id ?? 0 })).id))
  const remove = async (): Promise<void> => {
    if (
      !brief ||
      !(await confirm({
        title: 'Delete brief?',
        message: `“${brief.title}” and its export history will be deleted. Exported files stay where they are.`,
        confirmLabel: 'Delete',
        danger: true
      }))
    )
      return
    await act(async () => {
      await call('briefs.delete', { id: brief.id })
      setOpenId(null)
    })
  }
  const setSections = (sections: BriefConfig['sections']): void => void (brief && open.save({ config: { ...brief.config, sections } }))

  const briefs = list.data ?? []
  const showNew = making || (list.data !== null && briefs.length === 0)
  return (
    <main id="main-content" className="briefs" data-testid="briefs-view">
      <header className="briefs-bar">
        <h1>Briefs</h1>
        <select
          className="brief-input briefs-picker"
          value={openId ?? ''}
          onChange={(e) => setOpenId(e.target.value ? Number(e.target.value) : null)}
          data-testid="brief-picker"
          aria-label="Open brief"
        >
          <option value="">{briefs.length ? 'Choose a brief…' : 'No briefs yet'}</option>
          {briefs.map((b) => (
            <option key={b.id} value={b.id}>
              {b.title} · {TEMPLATE_LABELS[b.template]}
            </option>
          ))}
        </select>
        <button type="button" className="btn" disabled={readOnly} onClick={() => setMaking(true)} data-testid="new-brief-button">
          New brief
        </button>
        <button type="button" className="btn btn-quiet" disabled={readOnly || !brief} onClick={() => void duplicate()}>
          Duplicate
        </button>
        <button type="button" className="btn btn-quiet" disabled={readOnly || !brief} onClick={() => void remove()}>
          Delete
        </button>
        <span className="briefs-status muted" role="status">
          {error ?? open.error ?? (open.saving ? 'Saving…' : brief ? 'All changes saved' : '')}
        </span>
        <button type="button" className="btn btn-primary" disabled={!brief} onClick={() => setExporting(true)} data-testid="export-brief">
          Export…
        </button>
      </header>
      {showNew ? (
        <NewBrief
          readOnly={readOnly}
          onCancel={briefs.length ? () => setMaking(false) : undefined}
          onCreated={(b) => {
            setMaking(false)
            setOpenId(b.id)
            setSelected('document')
          }}
        />
      ) : null}
      {brief ? (
        <div className="briefs-body">
          <Outline config={brief.config} selected={selected} readOnly={readOnly} onSelect={setSelected} onChange={setSections} />
          <Preview briefId={brief.id} paper={brief.paper} />
          <Settings brief={brief} selected={selected} readOnly={readOnly} save={(patch) => void open.save(patch)} />
        </div>
      ) : showNew ? null : (
        <p className="muted briefs-empty">Choose a brief above, or make a new one.</p>
      )}
      {exporting && brief ? <ExportDialog brief={brief} onClose={() => setExporting(false)} /> : null}
      {dialog}
    </main>
  )
}
