// Folding names for look-ups: full-width to half-width, lower case, no spaces or punctuation.
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** A serial number or model as people type it: upper case, without spaces, dashes, dots or slashes. */
export function codeKey(code: string): string {
  return code.normalize('NFKC').toUpperCase().replace(/[\s\-_./\\]+/g, '');
}
