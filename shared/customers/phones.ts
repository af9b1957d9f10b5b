// Phone numbers as callers and agents type them: spaces, dashes, brackets, +86 / 0086, a trunk 0, and an extension
// (分机) after the number: `021-62885000转8012`, `021-62885000 ext. 8012`, `#8012`, `x8012`, `分机 8012`.
/**
 * A number as a Chinese input method may type it, in ASCII: full-width digits and punctuation (`１３９`, `（）`, `－`,
 * `＋`, the ideographic space) are the same characters to the caller, so they are read as the plain ones. NFKC maps
 * exactly these; the rest of a phone (`转`, digits, ASCII) it leaves as they are.
 */
export function foldPhoneWidth(typed: string): string {
  return typed.normalize('NFKC');
}

/** The longest extension kept (a PBX's extensions run to 4 or 5 digits; 6 leaves room). */
export const MAX_EXTENSION_DIGITS = 6;

/**
 * What may come between a number and its extension. Chinese: 转 (as said on the phone: "转 8012"), 分机 (分機); English:
 * ext, ext., extension, x; and # as keyed on a phone. An optional colon may follow (`分机：8012`).
 */
const EXTENSION = new RegExp(
  `^(.*?)[\\s,;]*(?:转|轉|分机|分機|ext(?:ension)?\\.?|x|#)\\s*:?\\s*(\\d{1,${MAX_EXTENSION_DIGITS}})$`,
  'i',
);

export interface PhoneParts {
  /** The number itself as typed (folded to half width, trimmed, without the extension); '' when only an extension was typed. */
  number: string;
  /** The extension's digits, '' when none. */
  extension: string;
}

/** Splits what was typed into the number and its extension: `021-62885000转8012` → `021-62885000` and `8012`. */
export function splitExtension(typed: string): PhoneParts {
  const folded = foldPhoneWidth(typed).trim();
  const found = EXTENSION.exec(folded);
  if (!found) return { number: folded, extension: '' };
  return { number: found[1]!.replace(/[\s\-,;]+$/, '').trim(), extension: found[2]! };
}

/** A number and its extension as one text to edit again, in a form splitExtension reads back: `021-6288 5000 转 8012`. */
export function joinExtension(number: string, extension: string, marker = '转'): string {
  return extension === '' ? number : `${number} ${marker} ${extension}`;
}

/** The characters a number itself may hold (dial pauses `,` and `*` too); its extension is split off first. */
export const PHONE_NUMBER_CHARS = /^[\d\s\-+()./*,]+$/;

/** The digits that identify a number, whatever way it was typed: `+86 138-0013-8000` → `13800138000`, `021-6288 5000` → `2162885000`. An extension is not part of them. */
export function normalizePhone(typed: string): string {
  let digits = splitExtension(typed).number.replace(/[^\d+]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (/^861\d{10}$/.test(digits)) digits = digits.slice(2);
  digits = digits.replace(/\+/g, '');
  return digits.replace(/^0+/, '');
}

/** Whether a search box entry looks like (part of) a phone number rather than a name or code, an extension included. */
export function looksLikePhone(typed: string): boolean {
  const { number, extension } = splitExtension(typed);
  if (number === '') return extension.length >= 3;
  return PHONE_NUMBER_CHARS.test(number) && /\d{3,}/.test(number.replace(/\D/g, ''));
}
