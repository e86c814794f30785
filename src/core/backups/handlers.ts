// Contract handlers for backups: list, create (named or not), restore (a safety snapshot of the current state
// first, then the swap), and the number of automatic backups to keep.
import type { BackupList } from '../../shared/dataFiles'
import type { DatasetControl } from '../datasets/control'
import { EngineError } from '../errors'
import type { HandlerContext, Handlers } from '../handlerContext'
import { checkBackup, replaceWithBackup } from './restore'
import { keepSetting, setKeepSetting, snapshot } from './snapshot'
import { backupFile, backupsDir, listBackups, pruneBackups } from './store'

export type BackupMethod = 'backups.list' | 'backups.create' | 'backups.restore' | 'backups.setKeep'

export function backupHandlers(ctx: HandlerContext, control: DatasetControl): Pick<Handlers, BackupMethod> {
  const file = ctx.info.datasetPath
  const list = (): BackupList => ({ dir: backupsDir(file), keep: keepSetting(ctx.db), items: listBackups(file) })
  return {
    'backups.list': () => list(),
    'backups.create': async (input) => {
      return snapshot(ctx.db, file, input.name ? 'named' : 'manual', input.name ?? null, control.copy)
    },
    'backups.restore': async (input) => {
      if (control.jobs.isRunning()) throw new EngineError('conflict', 'An import is running; restore a backup when it has finished, or cancel it first.')
      const restored = listBackups(file).find((b) => b.id === input.id)
      if (!restored) throw new EngineError('not_found', `There is no backup "${input.id}" for this dataset. Choose one from the list.`)
      const source = backupFile(file, restored.id)
      checkBackup(source, restored.name ? `"${restored.name}"` : `of ${restored.createdAt.slice(0, 16).replace('T', ' ')}`)
      const safety = await snapshot(ctx.db, file, 'before-restore', null, control.copy)
      control.withClosed(() => replaceWithBackup(source, file))
      return { restored, safety }
    },
    'backups.setKeep': (input) => {
      setKeepSetting(ctx.db, input.keep)
      pruneBackups(file, input.keep)
      return list()
    }
  }
}
