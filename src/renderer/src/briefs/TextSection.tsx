// The highlights and takeaway editors. Text may reference figures as {F0003} (value with its citation) or
// {F0028/F0058} (a share); until the analyst edits the highlights they are drafted from the data.
import type { ReactElement } from 'react'
import type { Brief, BriefPatch } from '../../../shared/briefs'
import { useCall } from '../data/queries'
import { SavingText } from './fields'

interface Props {
  brief: Brief
  part: 'highlights' | 'takeaway'
  readOnly: boolean
  save(patch: BriefPatch): void
}

const HELP =
  'Bullets start with "- ". Write **bold** and *italic*. Reference a figure as {F0003} so it prints with its citation; {F0028/F0058} prints one as a share of the other.'

export function TextSection({ brief, part, readOnly, save }: Props): ReactElement {
  const drafted = part === 'highlights' && brief.config.highlights === null
  const draft = useCall('briefs.draftText', drafted ? { id: brief.id, part } : null)
  const value = part === 'highlights' ? brief.config.highlights : brief.config.takeaway
  const set = (text: string | null): void => save({ config: { ...brief.config, [part]: part === 'takeaway' ? (text ?? '') : text } })

  if (drafted) {
    return (
      <div className="brief-text">
        <p className="muted">Drafted from the dataset each time the brief renders:</p>
        <pre className="brief-draft" data-testid="highlights-draft">
          {draft.data?.text ?? '…'}
        </pre>
        <button type="button" className="btn" disabled={readOnly || !draft.data} onClick={() => set(draft.data?.text ?? '')} data-testid="edit-highlights">
          Edit these bullets
        </button>
      </div>
    )
  }
  return (
    <div className="brief-text">
      <SavingText
        multiline
        rows={part === 'highlights' ? 16 : 9}
        value={value ?? ''}
        disabled={readOnly}
        testId={`brief-${part}`}
        onSave={(text) => set(text)}
      />
      <p className="brief-field-hint">{HELP}</p>
      {part === 'highlights' ? (
        <button type="button" className="btn btn-quiet" disabled={readOnly} onClick={() => set(null)}>
          Redraft from the data
        </button>
      ) : null}
    </div>
  )
}
