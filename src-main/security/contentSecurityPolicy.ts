const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
]

/** The renderer's policy: only our own code, styles, fonts and images; no plugins or foreign hosts. */
export const CONTENT_SECURITY_POLICY_META = directives.join('; ')

/** Headers can also forbid framing, which a <meta> policy cannot. */
export const CONTENT_SECURITY_POLICY = [...directives, "frame-ancestors 'none'"].join('; ')
