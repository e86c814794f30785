// Command-line arguments of the browser host (`npm run web -- --dataset PATH --port N --user-data DIR --no-open`).
// Returns a value or a one-line error message; never exits by itself.
export interface WebArgs {
  dataset: string | null
  /** The settings folder (recent files, first-open marks); null: LODESTONE_USER_DATA or the OS user-data folder. */
  userData: string | null
  /** null: not given (the host's usual port, DEFAULT_WEB_PORT, or a free one when that is taken). */
  port: number | null
  open: boolean
  help: boolean
}

/** The browser host's usual port: one address from run to run (the browser keeps drafts and the last view per address). */
export const DEFAULT_WEB_PORT = 47_291

export const WEB_USAGE = `Usage: npm run web -- [--dataset PATH] [--port N] [--user-data DIR] [--no-open]
  --dataset PATH  the .lodestone file to open (default: the India dataset in your user data folder,
                  created from the starter data the first time)
  --port N        the loopback port to listen on (default: ${DEFAULT_WEB_PORT}, or a free one when that is
                  taken; 0: always a free one). The same port each time keeps the address, so typed text not
                  yet saved and the last view are found again after a restart
  --user-data DIR the folder for the host's settings and recent files (default: LODESTONE_USER_DATA, or
                  Lodestone in your user data folder)
  --no-open       do not open the browser; just print the address`

export function parseWebArgs(argv: readonly string[]): { ok: true; args: WebArgs } | { ok: false; message: string } {
  const args: WebArgs = { dataset: null, userData: null, port: null, open: true, help: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = (): string | undefined => inline ?? argv[++i]
    if (name === '--help' || name === '-h') args.help = true
    else if (name === '--no-open') args.open = false
    else if (name === '--dataset') {
      const v = value()
      if (!v) return { ok: false, message: '--dataset needs a file path' }
      args.dataset = v
    } else if (name === '--user-data') {
      const v = value()
      if (!v) return { ok: false, message: '--user-data needs a folder path' }
      args.userData = v
    } else if (name === '--port') {
      const v = value()
      const port = Number(v)
      if (!v || !Number.isInteger(port) || port < 0 || port > 65535)
        return { ok: false, message: `--port needs a number from 0 to 65535 (got ${v ?? 'nothing'})` }
      args.port = port
    } else return { ok: false, message: `unknown option ${arg} (try --help)` }
  }
  return { ok: true, args }
}
