// A React inner header (the label part of a column header) inside the plain-DOM grid, in its own small React root.
import type { ComponentType } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import type { IHeaderParams, IInnerHeaderComponent } from 'ag-grid-community'
import { unmountLater } from '../editors/editorHost'

export function reactInnerHeader<P>(Header: ComponentType<IHeaderParams & P>): new () => IInnerHeaderComponent {
  return class ReactInnerHeader implements IInnerHeaderComponent {
    private readonly gui = document.createElement('span')
    private root: Root | null = null

    init(params: IHeaderParams & P): void {
      this.gui.className = 'react-inner-header'
      this.root = createRoot(this.gui)
      this.root.render(<Header {...params} />)
    }

    getGui(): HTMLElement {
      return this.gui
    }

    refresh(params: IHeaderParams & P): boolean {
      this.root?.render(<Header {...params} />)
      return true
    }

    destroy(): void {
      if (this.root) unmountLater(this.root)
      this.root = null
    }
  }
}
