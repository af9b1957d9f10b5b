// A phone number with its extension (分机), as the user reads it: `021-6288 5000 转 8012` in Chinese,
// `021-6288 5000 ext. 8012` in English; and as one text to edit again, which shared/customers/phones.ts reads back.
import type { TFunction } from 'i18next';
import { joinExtension } from '../../../shared/customers/phones';

export function phoneText(t: TFunction, number: string, extension?: string | null): string {
  return extension ? t('customers:phone.withExtension', { number, extension }) : number;
}

export function editablePhone(t: TFunction, number: string, extension?: string | null): string {
  return joinExtension(number, extension ?? '', t('customers:phone.extensionMarker'));
}
