// "Skip to content": the first Tab stop of the frame, shown only when focused, that moves the focus past the title
// bar and the ~28 navigation items into the current view's main region. It never changes the route (the hash is
// the app's address), so it handles the click itself instead of following its href.
import type { MouseEvent, ReactElement } from 'react'
import './skipLink.css'

/** The id every view's <main> carries (one view shows at a time), the skip link's target. */
export const MAIN_ID = 'main-content'

/** Focuses the view's <main> (made focusable by script only, so Tab does not stop on it); false when none. */
export function focusMain(): boolean {
  const main = document.getElementById(MAIN_ID) ?? document.querySelector<HTMLElement>('main')
  if (!main) return false
  if (!main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1')
  main.focus()
  return true
}

export function SkipLink(): ReactElement {
  const onClick = (e: MouseEvent<HTMLAnchorElement>): void => {
    e.preventDefault()
    focusMain()
  }
  return (
    <a className="skip-link" href={`#${MAIN_ID}`} data-testid="skip-link" onClick={onClick}>
      Skip to content
    </a>
  )
}
