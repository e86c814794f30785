// How CLI commands talk back: lines to stdout, and a CliError that becomes ONE line on stderr
// (`lodestone: <message>`) and a non-zero exit code. Commands never call process.exit themselves; a reader that
// closes the pipe early ends the process quietly.
export interface Io {
  out(line: string): void
  err(line: string): void
}

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1
  ) {
    super(message)
    this.name = 'CliError'
  }
}

/** A reader that stops early (`lodestone check PATH | head -2`) closes the pipe: end quietly, not with a stack trace. */
export function endQuietlyWhenPipeCloses(stream: NodeJS.WriteStream, exit: (code: number) => void): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    exit(typeof process.exitCode === 'number' ? process.exitCode : 0)
  })
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`)
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
