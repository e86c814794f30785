// The desktop shell's decisions: which permission our page gets (clipboard-sanitized-write, on our URL only), which
// links go to the system browser (http/https only), no spellchecker (no dictionary download), zero PDF margins as in
// the browser host, and what lodestone://app/ serves (files of the renderer folder, nothing else).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BROWSER_PDF_OPTIONS } from '../web/printer'
import { externalLink, mainWebPreferences, PDF_OPTIONS, permissionAllowed, RENDERER_URL } from './policy'
import { resolveAppRequest } from './protocol'

describe('permissionAllowed', () => {
  it('grants clipboard-sanitized-write to our own page (any route under it)', () => {
    expect(permissionAllowed('clipboard-sanitized-write', RENDERER_URL)).toBe(true)
    expect(permissionAllowed('clipboard-sanitized-write', 'lodestone://app/index.html#/grid')).toBe(true)
    expect(permissionAllowed('clipboard-sanitized-write', 'lodestone://app')).toBe(true)
  })

  it.each([
    'https://example.com/',
    'file:///opt/Lodestone/resources/app.asar/out/renderer/index.html',
    'lodestone://evil/index.html',
    'data:text/html,x',
    undefined
  ])('refuses it to %s', (url) => {
    expect(permissionAllowed('clipboard-sanitized-write', url)).toBe(false)
  })

  it.each(['clipboard-read', 'media', 'geolocation', 'notifications', 'openExternal', 'fileSystem'])('refuses %s even to our page', (permission) => {
    expect(permissionAllowed(permission, RENDERER_URL)).toBe(false)
  })
})

describe('externalLink', () => {
  it('passes http and https links on', () => {
    expect(externalLink('https://www.usgs.gov/centers/national-minerals-information-center')).toBe(
      'https://www.usgs.gov/centers/national-minerals-information-center'
    )
    expect(externalLink('http://example.org/a?b=1#c')).toBe('http://example.org/a?b=1#c')
  })

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'mailto:someone@example.org',
    'lodestone://app/index.html',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'data:text/html,<b>x</b>',
    'https://user:pass@example.org/',
    'not a url'
  ])('drops %s', (url) => {
    expect(externalLink(url)).toBeNull()
  })
})

describe('the window and printing', () => {
  it('turns the spellchecker off and keeps the sandbox on', () => {
    const prefs = mainWebPreferences('/app/out/preload/index.js', false)
    expect(prefs).toMatchObject({ spellcheck: false, sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false })
  })

  it('prints with zero printer margins, as the browser host does', () => {
    expect(PDF_OPTIONS.margins).toEqual({ top: 0, bottom: 0, left: 0, right: 0 })
    expect(Object.values(BROWSER_PDF_OPTIONS.margin).map(Number)).toEqual([0, 0, 0, 0])
    expect(PDF_OPTIONS.preferCSSPageSize && BROWSER_PDF_OPTIONS.preferCSSPageSize).toBe(true)
    expect(PDF_OPTIONS.printBackground && BROWSER_PDF_OPTIONS.printBackground).toBe(true)
  })
})

describe('resolveAppRequest (lodestone://app/)', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-protocol-'))
  const renderer = path.join(tmp, 'renderer')
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true })
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html>')
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), '')
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'secret')
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

  it('serves the renderer’s files with their types', () => {
    expect(resolveAppRequest('lodestone://app/', renderer)).toMatchObject({
      ok: true,
      file: path.join(renderer, 'index.html'),
      mimeType: 'text/html; charset=utf-8'
    })
    expect(resolveAppRequest('lodestone://app/assets/app.js?v=1#x', renderer)).toMatchObject({ ok: true, mimeType: 'text/javascript; charset=utf-8' })
  })

  it.each([
    ['lodestone://app/../secret.txt', 404],
    ['lodestone://app/%2e%2e/secret.txt', 404],
    ['lodestone://app/assets%2f..%2f..%2fsecret.txt', 403],
    ['lodestone://app/assets%5c..%5csecret.txt', 400],
    ['lodestone://app/%E0%A4%A', 400],
    ['lodestone://app/assets', 404],
    ['lodestone://other/index.html', 403],
    ['file:///etc/passwd', 403]
  ])('refuses %s', (url, status) => {
    expect(resolveAppRequest(url, renderer)).toEqual({ ok: false, status })
  })
})
