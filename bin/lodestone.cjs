#!/usr/bin/env node
// The `lodestone` command: loads the built CLI (out/main/cli.js). When it has not been built yet, builds once
// with electron-vite (saying so in one line on stderr), then loads it. The CLI itself lives in src/cli.
'use strict'
const fs = require('node:fs')
const path = require('node:path')

const cli = path.join(__dirname, '..', 'out', 'main', 'cli.js')
if (!fs.existsSync(cli)) {
  const { build } = require('../scripts/lib/build.cjs')
  build(path.join(__dirname, '..'), 'lodestone: building the app once (npx electron-vite build)…')
}
require(cli)
