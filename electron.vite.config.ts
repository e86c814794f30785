// One build for everything that runs: the Electron main process, the browser host and the CLI (all Node,
// sharing src/core), the sandboxed preload (CommonJS), and the React renderer. `npm run build` -> out/.
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { resolve } from 'node:path'

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          web: resolve(__dirname, 'src/web/main.ts'),
          cli: resolve(__dirname, 'src/cli/main.ts'),
          // The import worker thread needs its own entry file (core/io/runners.ts finds it beside the bundle).
          importWorker: resolve(__dirname, 'src/core/io/worker.ts')
        },
        // A lazily loaded package (exceljs) is require()d when first needed, as every other package is: resolved
        // the same way inside the packaged app's asar, never through Node's ESM loader.
        output: { dynamicImportInCjs: false }
      }
    }
  },
  preload: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    },
    plugins: [react()]
  }
})
