// The Content-Security-Policy every generated page carries. Scripts only from the deck's own
// files (the schedule is JSON data, never code); nothing from the network. Inline style
// attributes stay allowed: the print frames and reveal.js lay slides out with them, and CSS
// cannot run code. Served from file:// as well as from `serve` and `dev`.

export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  'font-src': "'self' data:",
  'media-src': "'self' data:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

export function contentSecurityPolicy(extra: Readonly<Record<string, string>> = {}): string {
  const merged = { ...CSP_DIRECTIVES };
  for (const [name, value] of Object.entries(extra)) merged[name] = `${merged[name] ?? ''} ${value}`.trim();
  return Object.entries(merged)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** The <meta> element; it must come before any script or stylesheet in <head>. */
export function cspMeta(policy = contentSecurityPolicy()): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
}
