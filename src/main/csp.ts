// The Content-Security-Policy of the Electron window: the app's one policy from shared/csp.ts, the same as the
// browser host's. There is no dev-server variant: the renderer is always the built one, served from lodestone://.
import { CONTENT_SECURITY_POLICY } from '../shared/csp'

export { CONTENT_SECURITY_POLICY }
