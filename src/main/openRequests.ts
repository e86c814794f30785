// Which .lodestone file the desktop app was asked to open, and handing it on: from the command line (Windows, Linux:
// a double-clicked file arrives in argv), from macOS's open-file event (which may come before the app is ready), and
// from a second launch, which gives its file to the running window instead of starting a second writer.
// No electron import, so it is unit-tested; index.ts wires the events.
import path from 'node:path'

export const DATASET_EXTENSION = '.lodestone'

/**
 * The first argument that names a .lodestone file, made absolute against cwd; null when none does. Switches (which
 * Chromium and Electron may add or reorder) and the app's own path are never taken for a file.
 */
export function datasetFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const arg of argv.slice(1)) {
    if (!arg || arg.startsWith('-')) continue
    if (!arg.toLowerCase().endsWith(DATASET_EXTENSION)) continue
    return path.resolve(cwd, arg)
  }
  return null
}

/** What a second launch hands over (requestSingleInstanceLock's additionalData), read back defensively. */
export function datasetFromHandover(additionalData: unknown, argv: readonly string[], cwd: string): string | null {
  const file = (additionalData as { file?: unknown } | null)?.file
  if (typeof file === 'string' && file.toLowerCase().endsWith(DATASET_EXTENSION) && path.isAbsolute(file)) return file
  return datasetFromArgv(argv, cwd)
}

export interface OpenQueue {
  /** A file to open: held until the app is ready, then handed to the opener (the latest one wins while waiting). */
  request(file: string): void
  /** The app can open files now; a held request is delivered at once. */
  ready(open: (file: string) => void): void
}

export function createOpenQueue(): OpenQueue {
  let pending: string | null = null
  let opener: ((file: string) => void) | null = null
  return {
    request(file) {
      if (opener) opener(file)
      else pending = file
    },
    ready(open) {
      opener = open
      if (pending) {
        const file = pending
        pending = null
        open(file)
      }
    }
  }
}
