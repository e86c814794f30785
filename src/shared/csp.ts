// The one Content-Security-Policy of the app, sent by the browser host and set on the Electron session:
// no inline script and no eval; the renderer ships only files from 'self'. (index.html repeats it in a meta tag.)
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'"
].join('; ')
