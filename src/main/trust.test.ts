// Which pages may call the engine over IPC: our renderer on lodestone://app/ (any path, #hash or ?query), and
// nothing else (a file:// page, which could read local files; an http dev server; a look-alike host; data:).
import { describe, expect, it } from 'vitest'
import { RENDERER_URL } from './policy'
import { isRendererUrl } from './trust'

describe('isRendererUrl', () => {
  it('trusts our renderer, with or without a hash or query', () => {
    expect(isRendererUrl(RENDERER_URL, RENDERER_URL)).toBe(true)
    expect(isRendererUrl(`${RENDERER_URL}#/figures`, RENDERER_URL)).toBe(true)
    expect(isRendererUrl(`${RENDERER_URL}?x=1`, RENDERER_URL)).toBe(true)
  })

  it.each([
    'file:///opt/Lodestone/resources/app.asar/out/renderer/index.html',
    'file:///tmp/index.html',
    'lodestone://evil/index.html',
    'lodestone://app:99/index.html',
    'lodestone://user@app/index.html',
    'http://localhost:5173/',
    'https://example.com/out/renderer/index.html',
    'data:text/html,<script>1</script>',
    'about:blank',
    'not a url'
  ])('does not trust %s', (url) => {
    expect(isRendererUrl(url, RENDERER_URL)).toBe(false)
  })

  it('trusts nothing when the renderer URL is not on the app scheme (no file:// or dev-server renderer)', () => {
    expect(isRendererUrl('file:///a/index.html', 'file:///a/index.html')).toBe(false)
    expect(isRendererUrl('http://localhost:5173/', 'http://localhost:5173/')).toBe(false)
  })
})
