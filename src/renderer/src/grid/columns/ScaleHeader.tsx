// The header of a quantity column: its label and a small chip naming the scale its values are shown at ("kt",
// or "as stored"), which opens a list of scales of the same dimension. Display only: stored values never change.
import { useState, type MouseEvent, type ReactElement } from 'react'
import { Popover } from '../../ui/Popover'
import type { IHeaderParams } from 'ag-grid-community'
import { SCALE_CHOICES, type ScaleChoice } from '../../../../shared/displayUnits'

export interface ScaleHeaderParams {
  families: (keyof typeof SCALE_CHOICES)[]
  scale(): ScaleChoice | undefined
  onScale(scale: ScaleChoice | undefined): void
}

const stop = (e: MouseEvent): void => {
  e.stopPropagation()
}

export function ScaleHeader(props: IHeaderParams & ScaleHeaderParams): ReactElement {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const scale = props.scale()
  const pick = (next: ScaleChoice | undefined): void => {
    setAnchor(null)
    props.onScale(next)
  }
  const colId = props.column.getColId()
  return (
    <span className="scale-header">
      <span className="ag-header-cell-text">{props.displayName}</span>
      <button
        type="button"
        className={`scale-chip${scale ? ' is-set' : ''}`}
        data-testid={`scale-${colId}`}
        title="Show this column in another unit (display only)"
        onMouseDown={stop}
        onClick={(e) => {
          stop(e)
          setAnchor(anchor ? null : e.currentTarget)
        }}
      >
        {scale ?? 'unit'} ▾
      </button>
      <Popover anchor={anchor} minWidth={150} maxHeight={260} onDismiss={() => setAnchor(null)}>
        <div className="scale-menu" role="menu" aria-label={`Show ${props.displayName} in`}>
          <button type="button" role="menuitemradio" aria-checked={!scale} onClick={() => pick(undefined)}>
            As stored
          </button>
          {props.families.flatMap((family) =>
            SCALE_CHOICES[family].map((choice) => (
              <button
                type="button"
                role="menuitemradio"
                aria-checked={scale === choice}
                key={choice}
                data-testid={`scale-option-${choice}`}
                onClick={() => pick(choice)}
              >
                {choice}
              </button>
            ))
          )}
        </div>
      </Popover>
    </span>
  )
}
