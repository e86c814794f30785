// Where the browser host keeps its default dataset: the same folder as the desktop app's (Electron's
// appData + productName), so `npm start` and `npm run web` open one and the same dataset.
// Pure functions of (platform, env, home) so they can be tested for every platform on any machine.
import os from 'node:os'
import path from 'node:path'

export const DEFAULT_DATASET_NAME = 'india-ree.lodestone'

export function userDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support')
  if (platform === 'win32') return env.APPDATA || path.win32.join(home, 'AppData', 'Roaming')
  return env.XDG_CONFIG_HOME || path.posix.join(home, '.config')
}

export function defaultDatasetPath(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  const join = platform === 'win32' ? path.win32.join : path.posix.join
  return join(userDataDir(platform, env, home), 'Lodestone', DEFAULT_DATASET_NAME)
}
