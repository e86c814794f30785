// The middle of the frame when it shows a view rather than a table: Start, the analysis views (assessments,
// indicators, scenarios, briefs) and the dataset views (import, file and backups, recently deleted), chosen by
// the route. A view that opens one object gets its id from the route and moves the route when it opens another.
import { useMemo, type ReactElement } from 'react'
import type { UploadResult } from '../../../shared/dataFiles'
import type { TableName } from '../../../shared/schema'
import { AssessmentsView } from '../assessments/AssessmentsView'
import { FilesView } from '../backups/FilesView'
import { BriefsView } from '../briefs/BriefsView'
import { RecentlyDeleted } from '../grid/deleted/RecentlyDeleted'
import { ImportView } from '../import/ImportView'
import { IndicatorsView } from '../indicators/IndicatorsView'
import { ScenariosView } from '../scenarios/ScenariosView'
import { StartView } from '../start/StartView'
import type { ObjectView, Route } from './route'

export type ViewRoute = Exclude<Route, { view: 'table' }>

interface Props {
  route: ViewRoute
  readOnly: boolean
  dropped: File | UploadResult | null
  onDroppedTaken(): void
  onShowTable(table: TableName): void
  navigate(route: Route, options?: { replace?: boolean }): void
}

type Opener = (id: number | null, replace?: boolean) => void

/** For each object view, opening one of its objects (null: its list); replace when the one asked for is gone. */
function useOpeners(navigate: Props['navigate']): Record<ObjectView, Opener> {
  return useMemo(() => {
    const opener =
      (view: ObjectView): Opener =>
      (id, replace = false) =>
        navigate({ view, id }, { replace })
    return { assessments: opener('assessments'), scenarios: opener('scenarios'), briefs: opener('briefs') }
  }, [navigate])
}

export function ViewPane({ route, readOnly, dropped, onDroppedTaken, onShowTable, navigate }: Props): ReactElement {
  const common = { readOnly }
  const openers = useOpeners(navigate)
  switch (route.view) {
    case 'start':
      return <StartView readOnly={readOnly} navigate={navigate} />
    case 'assessments':
      return <AssessmentsView {...common} openId={route.id} onOpen={openers.assessments} />
    case 'indicators':
      return <IndicatorsView {...common} />
    case 'scenarios':
      return <ScenariosView {...common} chosenId={route.id} onChoose={openers.scenarios} />
    case 'briefs':
    case 'new-brief':
      return <BriefsView {...common} openId={route.view === 'briefs' ? route.id : null} making={route.view === 'new-brief'} onOpen={openers.briefs} />
    case 'import':
      return <ImportView readOnly={readOnly} dropped={dropped} onDroppedTaken={onDroppedTaken} onShowTable={onShowTable} />
    case 'files':
      return <FilesView {...common} />
    case 'deleted':
      return <RecentlyDeleted {...common} onShowTable={onShowTable} />
  }
}
