// `npm run web [-- --dataset PATH --port N --no-open]`: builds into out/ when it is missing or older than src/,
// then runs the browser host (node out/main/web.js) with the arguments passed through.
'use strict'
const { runWebHost } = require('./lib/build.cjs')

runWebHost(process.argv.slice(2))
