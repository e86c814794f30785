// Where the browser host keeps its settings (recent files) and default dataset: the same folder as the desktop
// app's (Electron's appData + productName), so `npm start` and `npm run web` open one and the same dataset, or
// LODESTONE_USER_DATA as for the desktop app. Pure functions of (platform, env, home), tested for every platform.
import os from 'node:os'
import path from 'node:path'

export const DEFAULT_DATASET_NAME = 'india-ree.lodestone'

export function userDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support')
  if (platform === 'win32') return env.APPDATA || path.win32.join(home, 'AppData', 'Roaming')
  return env.XDG_CONFIG_HOME || path.posix.join(home, '.config')
}

/** The host's own folder: LODESTONE_USER_DATA when set (e2e and tests keep out of the real one), else the app's. */
export function appStateDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  const paths = platform === 'win32' ? path.win32 : path.posix
  const chosen = env.LODESTONE_USER_DATA?.trim()
  return chosen ? paths.resolve(chosen) : paths.join(userDataDir(platform, env, home), 'Lodestone')
}

export function defaultDatasetPath(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  const join = platform === 'win32' ? path.win32.join : path.posix.join
  return join(appStateDir(platform, env, home), DEFAULT_DATASET_NAME)
}
