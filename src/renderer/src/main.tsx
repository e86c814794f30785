// The renderer's entry: registers the AG Grid Community modules the grid uses (never Enterprise, no licence key), loads
// the styles and mounts the app. Runs the same in Electron and in the browser host.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
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
    <App />
  </StrictMode>
)
