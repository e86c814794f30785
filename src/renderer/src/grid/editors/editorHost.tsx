// Our React cell editors inside the plain-DOM grid: each editor is mounted in its own small React root by
// reactCellEditor (AG Grid's ICellEditorComp on one side, EditorProps on the other), synchronously once its element
// is in the page so it takes the focus at once. useEditorCallbacks lets an editor refuse to end, as
// AgGridReact's useGridCellEditor did.
import { createContext, useContext, useLayoutEffect, useRef, type ComponentType } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community'
import type { CellValue } from '../../../../shared/validate'
import type { EditorProps } from './editorProps'

export interface EditorCallbacks {
  /** True when the value must not be written as the editor closes. */
  isCancelAfterEnd?(): boolean
}

const CallbacksContext = createContext<{ current: EditorCallbacks }>({ current: {} })

export function useEditorCallbacks(callbacks: EditorCallbacks): void {
  const slot = useContext(CallbacksContext)
  const latest = useRef(callbacks)
  useLayoutEffect(() => {
    latest.current = callbacks
  })
  useLayoutEffect(() => {
    slot.current = { isCancelAfterEnd: () => latest.current.isCancelAfterEnd?.() ?? false }
  }, [slot])
}

/** Unmounts after the current task: AG Grid may destroy an editor while React is committing elsewhere. */
export function unmountLater(root: Root): void {
  window.setTimeout(() => root.unmount(), 0)
}

export function reactCellEditor(Editor: ComponentType<EditorProps>): new () => ICellEditorComp {
  return class ReactCellEditor implements ICellEditorComp {
    private readonly gui = document.createElement('div')
    private readonly callbacks = { current: {} as EditorCallbacks }
    private root: Root | null = null
    private params: EditorProps | null = null
    private value: CellValue | null | undefined = null

    init(params: ICellEditorParams): void {
      this.gui.className = 'react-cell-editor'
      this.value = params.value as CellValue | null | undefined
      this.params = { ...params, onValueChange: (value) => void (this.value = value) } as EditorProps
    }

    getGui(): HTMLElement {
      return this.gui
    }

    afterGuiAttached(): void {
      const props = this.params
      if (this.root || !props) return
      const root = createRoot(this.gui)
      this.root = root
      flushSync(() =>
        root.render(
          <CallbacksContext.Provider value={this.callbacks}>
            <Editor {...props} />
          </CallbacksContext.Provider>
        )
      )
    }

    getValue(): CellValue | null | undefined {
      return this.value
    }

    isCancelAfterEnd(): boolean {
      return this.callbacks.current.isCancelAfterEnd?.() ?? false
    }

    destroy(): void {
      if (this.root) unmountLater(this.root)
      this.root = null
    }
  }
}
