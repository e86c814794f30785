// A second process for lock.test.ts (run with tsx): `lockChild FILE START_AT LOCK_DIR` waits until the clock reads
// START_AT (so several children try at the same moment), takes the dataset lock for FILE, prints what it got as
// one JSON line, holds it until its stdin closes, then releases it and exits.
import fs from 'node:fs'
import { acquireLock } from './lock'

const [file, startAt, lockDir] = process.argv.slice(2)
while (Date.now() < Number(startAt)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1)
const lock = acquireLock(file!, 'cli', { lockDir })
fs.writeSync(1, `${JSON.stringify({ pid: process.pid, owned: lock.owned, heldBy: lock.heldBy?.pid ?? null })}\n`)
process.stdin.resume()
process.stdin.on('end', () => {
  lock.release()
  process.exit(0)
})
