// The call form can hold one number in two phone fields: the caller's number, and the new customer's phone in the box
// that adds them, which starts as the caller's number and follows it. Refused for the same reason, the same number
// would carry the same message on both, one under the other: it is said once, under the caller's number where it was
// typed, and the box's field is only marked.
import { foldPhoneWidth } from '../../../../../shared/customers/phones';

export interface PhoneField {
  value: string;
  message: string | undefined;
}

const sameNumber = (a: string, b: string) => foldPhoneWidth(a).trim() === foldPhoneWidth(b).trim();

/** The message the new customer's phone field shows beside the caller's number's (undefined: none). */
export function boxPhoneMessage(caller: PhoneField, box: PhoneField): string | undefined {
  if (box.message === undefined) return undefined;
  return caller.message === box.message && sameNumber(caller.value, box.value) ? undefined : box.message;
}
