// Entry of the browser host (built to out/main/web.js): parses argv, opens or creates the dataset, starts
// the loopback server, prints exactly one line with the URL, and closes the engine cleanly on SIGINT/SIGTERM.
// Any failure to start is one line on stderr and exit code 1.
import path from 'node:path'
import { DEFAULT_WEB_PORT, parseWebArgs, WEB_USAGE } from './args'
import { appStateDir, DEFAULT_DATASET_NAME } from './paths'
import { startWebHost } from './server'

function fail(message: string): never {
  process.stderr.write(`lodestone web: ${message}\n`)
  process.exit(1)
}

function startupMessage(e: unknown, port: number): string {
  const err = e as NodeJS.ErrnoException
  if (err.code === 'EADDRINUSE') return `port ${port} is already in use; choose another with --port, or --port 0 for a free one`
  return err.message ?? String(e)
}

async function main(): Promise<void> {
  const parsed = parseWebArgs(process.argv.slice(2))
  if (!parsed.ok) fail(parsed.message)
  if (parsed.args.help) {
    process.stdout.write(`${WEB_USAGE}\n`)
    return
  }
  const stateDir = parsed.args.userData ? path.resolve(parsed.args.userData) : appStateDir()
  const datasetPath = path.resolve(parsed.args.dataset ?? path.join(stateDir, DEFAULT_DATASET_NAME))
  const host = await startWebHost({
    datasetPath,
    port: parsed.args.port ?? DEFAULT_WEB_PORT,
    orFreePort: parsed.args.port === null,
    starterDir: path.resolve(__dirname, '../../resources/starter'),
    stateDir,
    rendererDir: path.resolve(__dirname, '../renderer'),
    open: parsed.args.open
  }).catch((e: unknown) => fail(startupMessage(e, parsed.args.port ?? DEFAULT_WEB_PORT)))
  if (parsed.args.port === null && host.port !== DEFAULT_WEB_PORT)
    process.stderr.write(
      `lodestone web: port ${DEFAULT_WEB_PORT} is taken (another Lodestone?), so this one listens on ${host.port}; text typed there and not yet saved stays with that address\n`
    )
  process.stdout.write(`Lodestone running at ${host.url}\n`)
  const stop = (): void => {
    host.close().then(
      () => process.exit(0),
      () => process.exit(1)
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main()
