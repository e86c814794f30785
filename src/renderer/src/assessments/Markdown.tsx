// Analyst Markdown shown as HTML: rendered by the shared, DOM-free renderer (raw HTML as text, only http(s)
// and mailto links, no images), then passed through DOMPurify with a tight allow-list as a second wall.
import DOMPurify from 'dompurify'
import type { ReactElement } from 'react'
import { renderMarkdown } from '../../../shared/markdown'

const ALLOWED_TAGS = [
  'p',
  'a',
  'em',
  'strong',
  'del',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'input'
]
const ALLOWED_ATTR = ['href', 'title', 'rel', 'target', 'align', 'start', 'checked', 'disabled', 'type']

let hooked = false
function purify(html: string): string {
  if (!hooked) {
    // Links leave the app only in a new, unprivileged context; checkboxes from task lists stay read-only.
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        node.setAttribute('rel', 'noopener noreferrer nofollow')
        node.setAttribute('target', '_blank')
      }
      if (node.tagName === 'INPUT') node.setAttribute('disabled', '')
    })
    hooked = true
  }
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i, ALLOW_DATA_ATTR: false })
}

export function Markdown({ source, empty, testId }: { source: string | null; empty?: string; testId?: string }): ReactElement {
  const html = purify(renderMarkdown(source))
  if (!html)
    return (
      <p className="md-empty muted" data-testid={testId}>
        {empty ?? 'Nothing written yet.'}
      </p>
    )
  return <div className="markdown" data-testid={testId} dangerouslySetInnerHTML={{ __html: html }} />
}
