// The customers to tell of an upgraded or discontinued model, as text to paste: the phone numbers alone (for a call
// or SMS list), or the whole list as tab-separated rows that paste into Excel as columns.
import type { ApiOutput } from '../../../../shared/api';
import { normalizePhone } from '../../../../shared/customers/phones';

export type ModelCustomer = ApiOutput<'equipment.modelCustomers'>['items'][number];

/** Each customer's phone once, in the list's order; one number reached two ways (`+86 138…`, `138…`) counts once. */
export function phoneNumbersToCopy(customers: readonly ModelCustomer[]): string {
  const seen = new Set<string>();
  const numbers: string[] = [];
  for (const customer of customers) {
    const phone = customer.primaryPhone?.trim();
    if (!phone) continue;
    const key = normalizePhone(phone);
    if (seen.has(key)) continue;
    seen.add(key);
    numbers.push(phone);
  }
  return numbers.join('\n');
}

export interface NotificationListHeadings {
  code: string;
  name: string;
  contact: string;
  phone: string;
  serialNumbers: string;
}

/** A cell may not hold what separates cells or rows. */
const cell = (value: string | null | undefined): string => (value ?? '').replace(/[\t\r\n]+/g, ' ').trim();

export function notificationListText(customers: readonly ModelCustomer[], headings: NotificationListHeadings): string {
  const rows = [
    [headings.code, headings.name, headings.contact, headings.phone, headings.serialNumbers],
    ...customers.map((c) => [c.code, c.name, c.primaryContact, c.primaryPhone, c.serialNumbers.join(', ')]),
  ];
  return rows.map((row) => row.map(cell).join('\t')).join('\n');
}

/** Puts text on the clipboard; where the Clipboard API is refused, through a hidden text area. */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Falls through to the older way, which works without the permission.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('The clipboard is not available');
}
