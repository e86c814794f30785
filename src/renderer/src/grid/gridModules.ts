// The AG Grid Community modules the table grid uses, and only those (never Enterprise): the infinite row model,
// text and number filters, our own editors, row selection, cell classes and the api calls we make. No tooltip
// module: it gave every drawn cell a tooltip feature; header and long-text titles come from gridTitles.ts.
import {
  CellStyleModule,
  ColumnApiModule,
  CustomEditorModule,
  EventApiModule,
  InfiniteRowModelModule,
  ModuleRegistry,
  NumberFilterModule,
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  ScrollApiModule,
  TextFilterModule,
  ValidationModule,
  type Module
} from 'ag-grid-community'

export const GRID_MODULES: Module[] = [
  InfiniteRowModelModule,
  TextFilterModule,
  NumberFilterModule,
  CustomEditorModule,
  RowSelectionModule,
  CellStyleModule,
  ColumnApiModule,
  EventApiModule,
  RenderApiModule,
  RowApiModule,
  ScrollApiModule
]

/** Registers the grid's modules; in development also AG Grid's validation, which names any module missing. */
export function registerGridModules(): void {
  ModuleRegistry.registerModules(import.meta.env.DEV ? [...GRID_MODULES, ValidationModule] : GRID_MODULES)
}
