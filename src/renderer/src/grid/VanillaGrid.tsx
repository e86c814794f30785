// AG Grid Community's own DOM renderer (createGrid) inside a React element. Rows and cells are drawn by AG Grid
// directly instead of as React components: a jump across a million rows then builds its rows in about a third of
// the time. Props are grid options; those that change are passed on with updateGridOptions, as AgGridReact does.
// The few custom components (editors, a header) are React, mounted by the adapters in reactComps.tsx.
import { useEffect, useRef, type CSSProperties, type ReactElement } from 'react'
import { createGrid, type GridApi, type GridOptions } from 'ag-grid-community'

export interface VanillaGridProps<T> extends GridOptions<T> {
  containerStyle?: CSSProperties
}

/** The options whose value is not the one last given to the grid. */
function changedOptions<T>(before: GridOptions<T>, now: GridOptions<T>): GridOptions<T> | null {
  const changed: Record<string, unknown> = {}
  let any = false
  const old = before as Record<string, unknown>
  for (const [key, value] of Object.entries(now)) {
    if (old[key] === value) continue
    changed[key] = value
    any = true
  }
  for (const key of Object.keys(old)) {
    if (key in now) continue
    changed[key] = undefined
    any = true
  }
  return any ? (changed as GridOptions<T>) : null
}

export function VanillaGrid<T>(props: VanillaGridProps<T>): ReactElement {
  const { containerStyle, ...options } = props
  const host = useRef<HTMLDivElement>(null)
  const api = useRef<GridApi<T> | null>(null)
  const given = useRef<GridOptions<T>>(options)

  useEffect(() => {
    if (!host.current) return
    const grid = createGrid(host.current, { ...given.current })
    api.current = grid
    return () => {
      api.current = null
      grid.destroy()
    }
  }, [])

  useEffect(() => {
    const grid = api.current
    const changed = changedOptions(given.current, options)
    given.current = options
    if (grid && changed && !grid.isDestroyed()) grid.updateGridOptions(changed)
  })

  return <div ref={host} style={{ height: '100%', ...containerStyle }} />
}
