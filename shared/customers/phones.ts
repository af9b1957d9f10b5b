// Phone numbers as callers and agents type them: spaces, dashes, brackets, +86 / 0086, a trunk 0.
/**
 * A number as a Chinese input method may type it, in ASCII: full-width digits and punctuation (`１３９`, `（）`, `－`,
 * `＋`, the ideographic space) are the same characters to the caller, so they are read as the plain ones. NFKC maps
 * exactly these; the rest of a phone (`转`, digits, ASCII) it leaves as they are.
 */
export function foldPhoneWidth(typed: string): string {
  return typed.normalize('NFKC');
}

/** The digits that identify a number, whatever way it was typed: `+86 138-0013-8000` → `13800138000`, `021-6288 5000` → `2162885000`. */
export function normalizePhone(typed: string): string {
  let digits = foldPhoneWidth(typed).replace(/[^\d+]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (/^861\d{10}$/.test(digits)) digits = digits.slice(2);
  digits = digits.replace(/\+/g, '');
  return digits.replace(/^0+/, '');
}

/** Whether a search box entry looks like (part of) a phone number rather than a name or code. */
export function looksLikePhone(typed: string): boolean {
  const query = foldPhoneWidth(typed);
  return /^[\d\s\-+()]+$/.test(query.trim()) && /\d{3,}/.test(query.replace(/\D/g, ''));
}
