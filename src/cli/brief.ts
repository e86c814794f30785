// `lodestone brief PATH --brief ID --out FILE.pdf` prints a saved brief (and logs the export in its history);
// `lodestone brief PATH --template country --country IND --out FILE.pdf` prints one made on the fly, leaving the
// dataset untouched. The format follows the extension (.pdf, .html, .md); the file is written whole or not at all.
import fs from 'node:fs'
import path from 'node:path'
import { TEMPLATES, type Brief, type Template } from '../shared/briefs'
import { createEngine, type Engine } from '../core/engine'
import { countryByCode } from '../core/briefs/data'
import { produceBrief } from '../core/briefs/export'
import { unsavedBrief } from '../core/briefs/model'
import { preflight } from '../core/briefs/preflight'
import type { Printer } from '../core/briefs/printer'
import { writeFileAtomic } from '../core/briefs/printer'
import { renderBrief } from '../core/briefs/render'
import { getBrief, logExport } from '../core/briefs/store'
import { EngineError } from '../core/errors'
import { createChromiumPrinter, findChromium } from '../web/printer'
import { CliError, formatBytes, type Io } from './io'

export const BRIEF_USAGE =
  'lodestone brief PATH (--brief ID | --template country|gaps|scenario|appendix [--country CODE]) --out FILE.pdf|.html|.md [--author NAME] [--title TEXT] [--paper A4|Letter]'

interface BriefArgs {
  dataset: string
  out: string
  format: 'pdf' | 'html' | 'md'
  briefId: number | null
  template: Template | null
  country: string | null
  author?: string
  title?: string
  paper?: 'A4' | 'Letter'
}

const FLAGS = ['--brief', '--template', '--country', '--out', '--author', '--title', '--paper'] as const

function usage(message: string): CliError {
  return new CliError(`${message}; usage: ${BRIEF_USAGE}`, 2)
}

function formatOf(out: string): BriefArgs['format'] {
  const ext = path.extname(out).toLowerCase()
  if (ext === '.pdf') return 'pdf'
  if (ext === '.html' || ext === '.htm') return 'html'
  if (ext === '.md' || ext === '.markdown') return 'md'
  throw usage(`--out must end in .pdf, .html or .md (got "${path.basename(out)}")`)
}

export function parseBriefArgs(argv: readonly string[]): BriefArgs {
  const positional: string[] = []
  const values = new Map<string, string>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (!arg.startsWith('--')) positional.push(arg)
    else if ((FLAGS as readonly string[]).includes(arg)) {
      const value = argv[++i]
      if (value === undefined || value.startsWith('--')) throw usage(`${arg} needs a value`)
      values.set(arg, value)
    } else throw usage(`unknown option ${arg}`)
  }
  if (positional.length !== 1) throw usage('brief needs exactly one dataset path')
  const out = values.get('--out')
  if (!out) throw usage('--out FILE is required')
  const id = values.get('--brief')
  const template = values.get('--template') ?? null
  if (!id === !template) throw usage('give either --brief ID or --template NAME')
  if (id !== undefined && !/^[1-9]\d*$/.test(id)) throw usage(`--brief takes a brief number, not "${id}"`)
  if (template && !(TEMPLATES as readonly string[]).includes(template)) throw usage(`--template takes ${TEMPLATES.join(', ')}`)
  const paper = values.get('--paper')
  if (paper && paper !== 'A4' && paper !== 'Letter') throw usage('--paper takes A4 or Letter')
  return {
    dataset: path.resolve(positional[0]),
    out: path.resolve(out),
    format: formatOf(out),
    briefId: id ? Number(id) : null,
    template: template as Template | null,
    country: values.get('--country') ?? null,
    author: values.get('--author'),
    title: values.get('--title'),
    paper: paper as BriefArgs['paper']
  }
}

function chooseBrief(engine: Engine, args: BriefArgs): Brief {
  if (args.briefId) return getBrief(engine.db, args.briefId)
  const country = args.country ? countryByCode(engine.db, args.country) : undefined
  if (args.country && !country) throw new CliError(`there is no country with code "${args.country}" in this dataset (use an ISO 3166 alpha-3 code such as IND)`)
  if ((args.template === 'country' || args.template === 'gaps') && !country) throw usage(`the ${args.template} template needs --country CODE`)
  return unsavedBrief(engine.db, {
    template: args.template as Template,
    countryId: country?.id ?? null,
    author: args.author,
    title: args.title,
    paper: args.paper
  })
}

async function printBrief(engine: Engine, brief: Brief, args: BriefArgs, io: Io, printer: Printer | undefined): Promise<void> {
  for (const item of preflight(brief, renderBrief(engine.db, brief)).slice(0, 8)) io.out(`${item.level}: ${item.message}`)
  const file = await produceBrief(engine.db, brief, args.format, printer)
  writeFileAtomic(args.out, file.bytes)
  if (brief.id) logExport(engine.db, { briefId: brief.id, fileName: args.out, format: args.format, datasetHash: file.datasetHash, bytes: file.bytes.length })
  io.out(`Wrote ${args.out} (${formatBytes(file.bytes.length)}), dataset sha256 ${file.datasetHash}`)
}

export async function runBriefCommand(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const args = parseBriefArgs(argv)
  if (!fs.existsSync(args.dataset)) throw new CliError(`there is no dataset at ${args.dataset}`)
  if (args.format === 'pdf') {
    const found = findChromium(env)
    if ('error' in found) throw new CliError(found.error)
  }
  const printer = args.format === 'pdf' ? createChromiumPrinter(env) : undefined
  let engine: Engine | null = null
  try {
    engine = createEngine({ datasetPath: args.dataset, host: 'cli', readOnly: args.briefId === null })
    await printBrief(engine, chooseBrief(engine, args), args, io, printer)
    return 0
  } catch (e) {
    if (e instanceof EngineError) throw new CliError(e.message)
    throw e
  } finally {
    engine?.close()
    await printer?.close?.()
  }
}
