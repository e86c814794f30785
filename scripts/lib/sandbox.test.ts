// The Ubuntu AppArmor / chrome-sandbox decision (Electron issue #42510), on real files: a /proc-like folder, a
// chrome-sandbox file beside a stand-in Electron binary and an AppArmor profile folder. Also what an exit means.
import { createRequire } from 'node:module'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
type Facts = {
  platform: string
  restrictUserns: string | null
  usernsClone: string | null
  sandbox: { path: string; uid: number | null; mode: number | null }
  profile: boolean
}
const sandbox = require('./sandbox.cjs') as {
  EARLY_DEATH_MS: number
  readSandboxFacts(binary: string, options: { procDir: string; apparmorDir: string; platform?: string }): Facts
  sandboxProblem(facts: Facts): { reason: string; command: string } | null
  fixCommand(p: string): string
  userDisabledSandbox(args: string[]): boolean
  exitDecision(e: { code: number | null; signal: string | null; elapsedMs: number; forwarded?: boolean; stderrText?: string }): {
    action: string
    code?: number
    reason?: string
  }
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-sandbox-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

function machine(name: string, proc: Record<string, string>, sandboxMode: number | null, profile?: string) {
  const base = path.join(root, name)
  const dist = path.join(base, 'electron dist')
  const procDir = path.join(base, 'proc')
  const apparmorDir = path.join(base, 'apparmor.d')
  fs.mkdirSync(dist, { recursive: true })
  fs.mkdirSync(procDir)
  fs.mkdirSync(apparmorDir)
  const binary = path.join(dist, 'electron')
  fs.writeFileSync(binary, '')
  for (const [k, v] of Object.entries(proc)) fs.writeFileSync(path.join(procDir, k), `${v}\n`)
  if (sandboxMode !== null) {
    fs.writeFileSync(path.join(dist, 'chrome-sandbox'), '')
    fs.chmodSync(path.join(dist, 'chrome-sandbox'), sandboxMode)
  }
  if (profile) fs.writeFileSync(path.join(apparmorDir, 'lodestone-electron'), profile.replace('BINARY', binary))
  return { binary, facts: sandbox.readSandboxFacts(binary, { procDir, apparmorDir, platform: 'linux' }) }
}

const asRoot = process.getuid?.() === 0

describe('sandboxProblem', () => {
  it('reports Ubuntu 24.04 with an unprivileged chrome-sandbox and prints the one fixing command', () => {
    const { binary, facts } = machine('ubuntu', { apparmor_restrict_unprivileged_userns: '1' }, 0o755)
    const problem = sandbox.sandboxProblem(facts)
    expect(problem?.reason).toMatch(/apparmor_restrict_unprivileged_userns=1/)
    expect(problem?.reason).toMatch(/not owned by root with mode 4755/)
    const helper = path.join(path.dirname(binary), 'chrome-sandbox')
    expect(problem?.command).toBe(`sudo chown root:root '${helper}' && sudo chmod 4755 '${helper}'`)
  })

  it('reports a missing chrome-sandbox when user namespaces are off (Debian unprivileged_userns_clone=0)', () => {
    const { facts } = machine('debian', { unprivileged_userns_clone: '0' }, null)
    expect(sandbox.sandboxProblem(facts)?.reason).toMatch(/unprivileged_userns_clone=0.*is missing/)
  })

  it('sees no problem where namespaces are allowed, where a profile names the binary, or off Linux', () => {
    expect(sandbox.sandboxProblem(machine('ok', { apparmor_restrict_unprivileged_userns: '0' }, 0o755).facts)).toBeNull()
    expect(sandbox.sandboxProblem(machine('none', {}, null).facts)).toBeNull()
    const profiled = machine(
      'profiled',
      { apparmor_restrict_unprivileged_userns: '1' },
      0o755,
      'profile electron "BINARY" flags=(unconfined) {\n  userns,\n}\n'
    )
    expect(profiled.facts.profile).toBe(true)
    expect(sandbox.sandboxProblem(profiled.facts)).toBeNull()
    expect(sandbox.sandboxProblem({ ...machine('mac', { apparmor_restrict_unprivileged_userns: '1' }, 0o755).facts, platform: 'darwin' })).toBeNull()
  })

  it('accepts a root-owned setuid helper', () => {
    const facts = machine('fixed', { apparmor_restrict_unprivileged_userns: '1' }, 0o4755).facts
    // Only root can make a root-owned file; otherwise the same facts with the owner the fix would give.
    expect(sandbox.sandboxProblem(asRoot ? facts : { ...facts, sandbox: { ...facts.sandbox, uid: 0 } })).toBeNull()
    if (!asRoot) expect(sandbox.sandboxProblem(facts)).not.toBeNull()
  })

  it('quotes a path with a quote in it', () => {
    expect(sandbox.fixCommand("/home/o'neil/chrome-sandbox")).toBe(
      `sudo chown root:root '/home/o'\\''neil/chrome-sandbox' && sudo chmod 4755 '/home/o'\\''neil/chrome-sandbox'`
    )
  })

  it('knows only an explicit --no-sandbox', () => {
    expect(sandbox.userDisabledSandbox(['--no-sandbox'])).toBe(true)
    expect(sandbox.userDisabledSandbox(['--dataset', 'x.lodestone'])).toBe(false)
  })
})

describe('exitDecision', () => {
  it('treats a signal death right after launch as "could not start" (fall back to the browser host)', () => {
    const d = sandbox.exitDecision({ code: null, signal: 'SIGTRAP', elapsedMs: 800 })
    expect(d).toMatchObject({ action: 'fallback' })
    expect(d.reason).toMatch(/stopped by SIGTRAP 0.8 s after launch/)
  })

  it('treats the sandbox FATAL line the same way even with an exit code', () => {
    const stderrText = '[1:FATAL:setuid_sandbox_host.cc(158)] The SUID sandbox helper binary was found, but is not configured correctly.'
    expect(sandbox.exitDecision({ code: 133, signal: null, elapsedMs: 500, stderrText })).toMatchObject({ action: 'fallback' })
  })

  it('passes on a normal end, a late crash and a signal we forwarded', () => {
    expect(sandbox.exitDecision({ code: 0, signal: null, elapsedMs: 500 })).toEqual({ action: 'exit', code: 0 })
    expect(sandbox.exitDecision({ code: null, signal: 'SIGSEGV', elapsedMs: sandbox.EARLY_DEATH_MS + 1 })).toEqual({ action: 'exit', code: 1 })
    expect(sandbox.exitDecision({ code: null, signal: 'SIGINT', elapsedMs: 300, forwarded: true })).toEqual({ action: 'exit', code: 1 })
  })
})
