// The infinite row model's datasource: each block the grid asks for is one 'rows.page' call with the
// current sort and filters. Reports the filtered total; never asks for more than a block at a time.
import type { IDatasource, IGetRowsParams } from 'ag-grid-community'
import type { TableName } from '../../../shared/schema'
import { call, errorMessage } from '../api/client'
import { toFilters, toSort } from './query'

export interface DatasourceEvents {
  onTotal(total: number): void
  onError(message: string): void
}

export function createDatasource(table: TableName, events: DatasourceEvents): IDatasource {
  return {
    getRows(params: IGetRowsParams): void {
      const limit = Math.max(1, Math.min(5000, params.endRow - params.startRow))
      call('rows.page', {
        table,
        offset: params.startRow,
        limit,
        sort: toSort(table, params.sortModel),
        filters: toFilters(table, params.filterModel)
      })
        .then((page) => {
          events.onTotal(page.total)
          params.successCallback(page.rows, page.total)
        })
        .catch((e: unknown) => {
          events.onError(errorMessage(e))
          params.failCallback()
        })
    }
  }
}
