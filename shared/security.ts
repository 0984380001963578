/**
 * The renderer's Content-Security-Policy, one string for both runtimes: own scripts only, no eval, no remote content.
 * Inline styles are allowed because recharts sets style attributes on the SVG it draws.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
