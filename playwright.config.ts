// End-to-end tests in Debian's Chromium against the browser host (`out/main/web.js`), one dataset per test.
// e2e/electron holds the desktop journeys, which run only where an Electron binary exists.
import { defineConfig } from '@playwright/test'

export const CHROMIUM = process.env.LODESTONE_CHROMIUM ?? '/usr/bin/chromium'

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results',
  projects: [
    {
      name: 'web',
      testIgnore: /electron\//,
      use: {
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: CHROMIUM,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync'
          ]
        },
        trace: 'retain-on-failure',
        screenshot: 'only-on-failure'
      }
    },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts/ }
  ]
})
