/**
 * The Content-Security-Policy the built app meets: everything from its own origin, images also from data: URLs (the
 * PNG export draws its SVG through one), no plugins, no <base>, no forms, no eval.
 * index.html carries it as a <meta> (vite.config.ts adds it to the build); a server should send HEADER_POLICY,
 * which adds frame-ancestors (a <meta> policy cannot carry it). README.md says the same.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const HEADER_POLICY = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
