// Which pages may call the engine over IPC: our built index.html (any #hash or ?query) or the dev server's
// origin, and nothing else (another file, a look-alike host, a data: or https: page).
import { describe, expect, it } from 'vitest'
import { devContentSecurityPolicy, CONTENT_SECURITY_POLICY } from './csp'
import { isRendererUrl, rendererUrlFor } from './trust'

const built = 'file:///opt/Lodestone/resources/app.asar/out/renderer/index.html'

describe('isRendererUrl', () => {
  it('trusts the built renderer file, with or without a hash or query', () => {
    expect(isRendererUrl(built, built)).toBe(true)
    expect(isRendererUrl(`${built}#/figures`, built)).toBe(true)
    expect(isRendererUrl(`${built}?x=1`, built)).toBe(true)
  })

  it.each([
    'file:///opt/Lodestone/resources/app.asar/out/renderer/other.html',
    'file:///tmp/index.html',
    'file://evil-host/opt/Lodestone/resources/app.asar/out/renderer/index.html',
    'https://example.com/out/renderer/index.html',
    'data:text/html,<script>1</script>',
    'about:blank',
    'not a url'
  ])('does not trust %s', (url) => {
    expect(isRendererUrl(url, built)).toBe(false)
  })

  it('trusts the dev server by origin only', () => {
    const dev = 'http://localhost:5173/'
    expect(isRendererUrl('http://localhost:5173/#/grid', dev)).toBe(true)
    expect(isRendererUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isRendererUrl('http://localhost.evil.example:5173/', dev)).toBe(false)
    expect(isRendererUrl(built, dev)).toBe(false)
  })

  it('uses the dev server only when one is given', () => {
    expect(rendererUrlFor(undefined, built)).toBe(built)
    expect(rendererUrlFor('http://localhost:5173/', built)).toBe('http://localhost:5173/')
  })
})

describe('the development CSP', () => {
  it('loosens only script-src (inline React refresh) and connect-src (the HMR websocket)', () => {
    const dev = devContentSecurityPolicy('http://localhost:5173/')
    expect(dev).toContain("script-src 'self' 'unsafe-inline'")
    expect(dev).toContain("connect-src 'self' ws://localhost:5173")
    expect(dev).not.toContain('unsafe-eval')
    expect(dev.replace(" 'unsafe-inline'; style", '; style').replace(' ws://localhost:5173', '')).toBe(CONTENT_SECURITY_POLICY)
  })
})
