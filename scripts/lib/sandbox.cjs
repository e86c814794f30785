// Will Electron's Chromium sandbox start on this Linux machine? Ubuntu 23.10+ restricts unprivileged user
// namespaces through AppArmor (kernel.apparmor_restrict_unprivileged_userns=1); Chromium then falls back to the
// SUID helper chrome-sandbox, and aborts (SIGTRAP) unless that file is owned by root with mode 4755 (Electron
// issue #42510). Pure decisions on facts read once, so they are unit-tested; never adds --no-sandbox itself.
'use strict'
const fs = require('node:fs')
const path = require('node:path')

/** How long after launch a death by signal counts as "Electron could not start" rather than a crash in use. */
const EARLY_DEATH_MS = 15_000

function readTrimmed(file, fsImpl) {
  try {
    return fsImpl.readFileSync(file, 'utf8').trim()
  } catch {
    return null
  }
}

/** True when an AppArmor profile in the folder names the Electron binary (the user already made one). */
function profileNames(binary, dir, fsImpl) {
  let entries
  try {
    entries = fsImpl.readdirSync(dir)
  } catch {
    return false
  }
  for (const name of entries) {
    const text = readTrimmed(path.join(dir, name), fsImpl)
    if (text && text.includes(binary) && /\buserns\b/.test(text)) return true
  }
  return false
}

/** The facts the decision needs, read from /proc, the chrome-sandbox file and /etc/apparmor.d. */
function readSandboxFacts(binary, options = {}) {
  const fsImpl = options.fs ?? fs
  const proc = options.procDir ?? '/proc/sys/kernel'
  const sandboxPath = path.join(path.dirname(binary), 'chrome-sandbox')
  let sandbox = null
  try {
    const st = fsImpl.statSync(sandboxPath)
    sandbox = { path: sandboxPath, uid: st.uid, mode: st.mode & 0o7777 }
  } catch {
    sandbox = { path: sandboxPath, uid: null, mode: null }
  }
  return {
    platform: options.platform ?? process.platform,
    binary,
    restrictUserns: readTrimmed(path.join(proc, 'apparmor_restrict_unprivileged_userns'), fsImpl),
    usernsClone: readTrimmed(path.join(proc, 'unprivileged_userns_clone'), fsImpl),
    sandbox,
    profile: profileNames(binary, options.apparmorDir ?? '/etc/apparmor.d', fsImpl)
  }
}

/** The one command that makes the SUID helper acceptable to Chromium. */
function fixCommand(sandboxPath) {
  const q = `'${sandboxPath.replace(/'/g, `'\\''`)}'`
  return `sudo chown root:root ${q} && sudo chmod 4755 ${q}`
}

function suidHelperReady(sandbox) {
  return sandbox.uid === 0 && sandbox.mode !== null && (sandbox.mode & 0o4000) !== 0 && (sandbox.mode & 0o111) !== 0
}

/**
 * null when the sandbox will start, else {reason, command}: user namespaces are unavailable to Chromium
 * (AppArmor restriction without a profile for this binary, or unprivileged_userns_clone=0) and chrome-sandbox
 * is not root-owned with the setuid bit.
 */
function sandboxProblem(facts) {
  if (facts.platform !== 'linux') return null
  const apparmor = facts.restrictUserns === '1' && !facts.profile
  const cloneOff = facts.usernsClone === '0'
  if (!apparmor && !cloneOff) return null
  if (suidHelperReady(facts.sandbox)) return null
  const why = apparmor
    ? 'AppArmor restricts unprivileged user namespaces here (kernel.apparmor_restrict_unprivileged_userns=1)'
    : 'unprivileged user namespaces are turned off here (kernel.unprivileged_userns_clone=0)'
  const helper = facts.sandbox.uid === null ? `${facts.sandbox.path} is missing` : `${facts.sandbox.path} is not owned by root with mode 4755`
  return { reason: `${why}, and ${helper}, so Electron's sandbox would abort at launch`, command: fixCommand(facts.sandbox.path) }
}

/** True when the user asked for --no-sandbox themselves (we pass it on, and say so; we never add it). */
function userDisabledSandbox(args) {
  return args.includes('--no-sandbox')
}

/**
 * What to do when Electron exits. A death by signal soon after launch, or Chromium's sandbox FATAL line on its
 * stderr, means it never got going: fall back to the browser host. Otherwise exit with Electron's code
 * (a signal we forwarded ourselves, e.g. Ctrl+C, is a normal end).
 */
function exitDecision({ code, signal, elapsedMs, forwarded = false, stderrText = '' }) {
  const sandboxLine = /SUID sandbox helper|chrome-sandbox|setuid_sandbox_host|zygote_host_impl_linux/.test(stderrText)
  if (!forwarded && ((signal && elapsedMs < EARLY_DEATH_MS) || (sandboxLine && elapsedMs < EARLY_DEATH_MS))) {
    const how = signal ? `was stopped by ${signal}` : `exited with code ${code}`
    return {
      action: 'fallback',
      reason: `Electron ${how} ${(elapsedMs / 1000).toFixed(1)} s after launch${sandboxLine ? ' (its sandbox could not start)' : ''}`
    }
  }
  return { action: 'exit', code: code ?? (signal ? 1 : 0) }
}

module.exports = { EARLY_DEATH_MS, readSandboxFacts, sandboxProblem, fixCommand, userDisabledSandbox, exitDecision }
