// Opens a URL in the user's default browser (xdg-open, open, start). Best effort: any failure is ignored,
// because the URL is printed anyway. The URL is passed as one argument, never through a shell string.
import { spawn } from 'node:child_process'

export function browserCommand(url: string, platform: NodeJS.Platform = process.platform): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]]
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url]]
  return ['xdg-open', [url]]
}

export function openInBrowser(url: string): void {
  const [command, args] = browserCommand(url)
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsHide: true })
    child.on('error', () => undefined)
    child.unref()
  } catch {
    // No opener on this machine: the printed URL is enough.
  }
}
