// The browser host's and the CLI's Printer: headless Chromium through playwright-core. The browser comes from
// LODESTONE_CHROMIUM or a detected Chromium/Chrome; it is launched once and kept warm, with one context that has
// JavaScript off and no network. Each print is a fresh page; the brief's own CSP blocks every load but inline styles and data: fonts.
import fs from 'node:fs'
import { chromium, type Browser, type BrowserContext } from 'playwright-core'
import { NO_PRINTER } from '../core/briefs/export'
import { PrinterUnavailableError, type Printer, type PrintOptions } from '../core/briefs/printer'

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']

/** The browser to print with, or a message saying why there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, candidates = CHROMIUM_CANDIDATES): { path: string } | { error: string } {
  const chosen = env.LODESTONE_CHROMIUM?.trim()
  if (chosen) {
    if (fs.existsSync(chosen)) return { path: chosen }
    return {
      error: `LODESTONE_CHROMIUM is set to ${chosen}, but there is no browser there. Point it at a Chromium or Chrome executable, or unset it to use a detected one.`
    }
  }
  const found = candidates.find((p) => fs.existsSync(p))
  return found ? { path: found } : { error: NO_PRINTER }
}

/** page.pdf options: the brief's own @page size and margins, no printer margin (the desktop's PDF_OPTIONS agree). */
export const BROWSER_PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  margin: { top: '0', bottom: '0', left: '0', right: '0' }
} as const

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions'
]

export function createChromiumPrinter(env: NodeJS.ProcessEnv = process.env): Printer {
  let browser: Promise<Browser> | null = null
  let context: Promise<BrowserContext> | null = null
  const launch = (): Promise<Browser> => {
    const found = findChromium(env)
    if ('error' in found) return Promise.reject(new PrinterUnavailableError(found.error))
    browser ??= chromium.launch({ executablePath: found.path, args: LAUNCH_ARGS, timeout: 30_000 }).then(
      (b) => {
        b.on('disconnected', () => {
          browser = null
          context = null
        })
        return b
      },
      (e: unknown) => {
        browser = null
        throw new PrinterUnavailableError(
          `Chromium at ${found.path} could not be started (${(e as Error).message.split('\n')[0]}). Check the browser works, or set LODESTONE_CHROMIUM to another one.`
        )
      }
    )
    return browser
  }
  // One warm context with JavaScript off and no network; each print gets its own page in it.
  const printingContext = (): Promise<BrowserContext> => {
    context ??= launch().then(
      (b) => b.newContext({ javaScriptEnabled: false, offline: true }),
      (e: unknown) => {
        context = null
        throw e
      }
    )
    return context
  }
  return {
    async print(html: string, _options: PrintOptions): Promise<Buffer> {
      const page = await (await printingContext()).newPage()
      try {
        // Lay the document out once, for print: the screen rules (the paged preview) would be laid out for nothing.
        await page.emulateMedia({ media: 'print' })
        await page.setContent(html, { waitUntil: 'load', timeout: 60_000 })
        return await page.pdf(BROWSER_PDF_OPTIONS)
      } finally {
        await page.close().catch(() => undefined)
      }
    },
    async close(): Promise<void> {
      const current = browser
      browser = null
      context = null
      if (current) await (await current.catch(() => null))?.close()
    }
  }
}
