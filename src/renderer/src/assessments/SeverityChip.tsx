// A severity chip: 1 pale to 5 deep red, with the number in it; an empty dashed chip when not yet judged.
import type { ReactElement } from 'react'

export function SeverityChip({ severity, size = 'md' }: { severity: number | null; size?: 'md' | 'lg' }): ReactElement {
  const label = severity === null ? 'no severity yet' : `severity ${severity} of 5`
  return (
    <span className={`sev-chip sev-${severity ?? 'none'} sev-${size}`} title={label} aria-label={label} data-testid="severity-chip">
      {severity ?? '–'}
    </span>
  )
}
