// Starts the built browser host (out/main/web.js) on a dataset path, as `npm run web` does, and reads the
// one line it prints for its URL. Its settings (recent files) go to a user-data folder beside the dataset, never
// the real one in ~/.config. Shared by the e2e fixtures and the benchmarks; no Playwright imports here.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** The host's settings folder for a dataset: `user-data` in the dataset's (temporary) folder. */
export function userDataFor(datasetPath: string): string {
  return path.join(path.dirname(datasetPath), 'user-data')
}

/** `entry`: another build's web.js (a bench measuring a baseline build beside this one). */
export function startHost(datasetPath: string, entry = path.resolve(__dirname, '../out/main/web.js')): Promise<{ child: ChildProcess; url: string }> {
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first.`)
  // The variable rather than --user-data: a baseline build from before the option still starts (and ignores it).
  const env = { ...process.env, LODESTONE_USER_DATA: userDataFor(datasetPath) }
  const child = spawn(process.execPath, [entry, '--no-open', '--port', '0', '--dataset', datasetPath], { stdio: ['ignore', 'pipe', 'pipe'], env })
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    const timer = setTimeout(() => reject(new Error(`browser host did not start: ${err}`)), 30_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const m = /Lodestone running at (\S+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve({ child, url: m[1]! })
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`browser host exited (${code}): ${err}`)))
  })
}

export function stopHost(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
