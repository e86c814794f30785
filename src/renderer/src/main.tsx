// The renderer's entry: registers the AG Grid Community modules the grid uses (never Enterprise, no licence key), loads
// the styles and mounts the app with the query cache every view reads through. Runs the same in Electron and in
// the browser host.
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { queryClient } from './data/queries'
import { registerGridModules } from './grid/gridModules'
import './styles/tokens.css'
import './styles/frame.css'
import './styles/grid.css'
import './styles/controls.css'
import './styles/inspector.css'

registerGridModules()

const root = document.getElementById('root')
if (!root) throw new Error('Lodestone: the page has no #root element.')
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>
)
