// The content security policy of every page the console shows, in the Electron window and in the browser.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // Our own print preview shows a print route in an iframe; no other site may frame the console.
  "frame-ancestors 'self'",
].join('; ');

/**
 * The addresses outside the console that it links to itself; only these are opened in the system browser when the
 * page asks (the Electron main process checks). A page made to ask for any other https address (a phishing link in
 * a knowledge article, a script that got in) opens nothing. The console links nowhere yet: add an address here in the
 * same change that adds its link to a screen.
 */
export const CONSOLE_EXTERNAL_LINKS: readonly string[] = [];
