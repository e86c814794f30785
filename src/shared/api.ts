// The contract's one import point for hosts, the engine and the renderer: everything in ./contract/, re-exported.
// The methods live in ./contract/<capability>.ts, the primitives in ./contract/primitives.ts.
export * from './contract/primitives'
export * from './contract/method'
export * from './contract/errors'
export * from './contract/events'
export * from './contract/index'
export type { AppInfo, HistoryState, LookupItem, Page, RowChange, TableSummary, UndoResult } from './contract/tables'
export type { LodestoneBridge } from './contract/bridge'
