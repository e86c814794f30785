// The views axe audits (issue #15): every view of the app, the inspector, the new-row form and the Ctrl+K palette,
// each opened by its address as a user would reach it, and the audit itself (WCAG 2.0/2.1 A and AA plus axe's
// best-practice rules), counted by impact. Shared by e2e/a11y.spec.ts; no assertions on the findings here.
import fs from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { ImportPage } from './pages/ImportPage'

export type Impact = 'critical' | 'serious' | 'moderate' | 'minor'
export const IMPACTS: Impact[] = ['critical', 'serious', 'moderate', 'minor']
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']

export interface ViewCheck {
  name: string
  open(page: Page, url: string): Promise<void>
}

export async function go(page: Page, url: string, hash: string, testId: string): Promise<void> {
  await page.goto(`${url}${hash}`)
  await expect(page.getByTestId(testId)).toBeVisible()
}

export async function table(page: Page, url: string, slug: string): Promise<void> {
  await go(page, url, `#/tables/${slug}`, 'grid')
  await expect(page.getByTestId('grid').locator('.ag-row .ag-cell').first()).toBeVisible()
}

export const VIEWS: ViewCheck[] = [
  { name: 'Start', open: (p, u) => go(p, u, '#/start', 'start-view') },
  ...['figures', 'trade-flows', 'facilities', 'sources', 'countries', 'units'].map((slug) => ({
    name: `Table ${slug}`,
    open: (p: Page, u: string) => table(p, u, slug)
  })),
  {
    name: 'Inspector on a row',
    open: async (p, u) => {
      await table(p, u, 'figures')
      await p.getByTestId('grid').locator('.ag-row[row-index="0"] .ag-cell[col-id="subject"]').click()
      await expect(p.getByTestId('inspector').getByRole('heading').first()).toBeVisible()
    }
  },
  {
    name: 'New-row form',
    open: async (p, u) => {
      await table(p, u, 'figures')
      await p.getByTestId('add-row').click()
      await expect(p.getByTestId('new-row-form')).toBeVisible()
    }
  },
  {
    name: 'Ctrl+K palette',
    open: async (p, u) => {
      await table(p, u, 'figures')
      await p.keyboard.press('ControlOrMeta+K')
      await p.getByTestId('search-palette').getByRole('textbox').fill('lynas')
      await expect(p.getByTestId('search-palette').getByRole('option').first()).toBeVisible()
    }
  },
  { name: 'Assessment board', open: (p, u) => go(p, u, '#/assessments', 'assessment-board') },
  {
    name: 'Assessment editor',
    open: async (p, u) => {
      await go(p, u, '#/assessments', 'assessment-board')
      await p.getByTestId('assessment-board').locator('button[title]').first().click()
      await expect(p.getByTestId('assessment-editor')).toBeVisible()
    }
  },
  { name: 'Indicators', open: (p, u) => go(p, u, '#/indicators', 'indicators-view') },
  { name: 'Scenarios', open: (p, u) => go(p, u, '#/scenarios', 'scenarios-view') },
  { name: 'Scenario 1', open: (p, u) => go(p, u, '#/scenarios/1', 'results-table') },
  { name: 'New brief', open: (p, u) => go(p, u, '#/briefs/new', 'new-brief') },
  {
    name: 'Brief',
    open: async (p, u) => {
      await go(p, u, '#/briefs/new', 'new-brief')
      await p.getByTestId('create-brief').click()
      await expect(p.getByTestId('brief-preview')).toBeVisible()
      await expect(p).toHaveURL(/#\/briefs\/\d+$/)
    }
  },
  { name: 'Briefs list', open: (p, u) => go(p, u, '#/briefs', 'briefs-view') },
  {
    name: 'Import, file chosen',
    open: async (p, u) => {
      await go(p, u, '#/import', 'import-view')
      const csv = path.join(test.info().outputPath(), 'a11y.csv')
      fs.mkdirSync(path.dirname(csv), { recursive: true })
      fs.writeFileSync(csv, 'country,indicator,subject,period,value,unit,basis,source\nIND,reserves,REO,2024,6900000,t,REO,USGS-MCS-2025\n')
      await new ImportPage(p).chooseFile(csv, 'observation')
    }
  },
  { name: 'File & backups', open: (p, u) => go(p, u, '#/files', 'files-view') },
  { name: 'Recently deleted', open: (p, u) => go(p, u, '#/deleted', 'deleted-view') }
]

export interface Finding {
  view: string
  counts: Record<Impact, number>
  /** Each violated rule with its impact and node count ("region (moderate) x3"), for the printed table. */
  rules: string[]
  bad: string[]
}

export async function audit(page: Page, view: string): Promise<Finding> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const counts: Record<Impact, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 }
  const bad: string[] = []
  const rules: string[] = []
  for (const v of violations) {
    const impact = (v.impact ?? 'minor') as Impact
    counts[impact] += v.nodes.length
    rules.push(`${v.id} (${impact}) x${v.nodes.length}`)
    if (impact !== 'serious' && impact !== 'critical') continue
    for (const n of v.nodes) bad.push(`${view}: [${impact}] ${v.id} at ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(0, 2).join(' ') ?? v.help}`)
  }
  return { view, counts, rules, bad }
}

export function report(findings: Finding[]): string {
  const head = `| view | ${IMPACTS.join(' | ')} | rules |\n|---|${IMPACTS.map(() => '---').join('|')}|---|`
  const rows = findings.map((f) => `| ${f.view} | ${IMPACTS.map((i) => f.counts[i]).join(' | ')} | ${f.rules.join(', ')} |`)
  return [head, ...rows].join('\n')
}
