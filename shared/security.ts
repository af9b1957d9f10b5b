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
