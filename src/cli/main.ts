// Entry of the `lodestone` command (built to out/main/cli.js, loaded by bin/lodestone.cjs): finds the starter
// data and version relative to the built file, runs the command, and exits with its code.
import fs from 'node:fs'
import path from 'node:path'
import { endQuietlyWhenPipeCloses, processIo } from './io'
import { runCli } from './run'

function readVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { version?: string }
    return pkg.version ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

endQuietlyWhenPipeCloses(process.stdout, (code) => process.exit(code))
endQuietlyWhenPipeCloses(process.stderr, (code) => process.exit(code))

void runCli(process.argv.slice(2), processIo, {
  starterDir: path.resolve(__dirname, '../../resources/starter'),
  version: readVersion()
}).then((code) => {
  process.exitCode = code
})
