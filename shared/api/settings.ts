import { z } from 'zod';
import { foldPhoneWidth } from '../customers/phones';
import { method } from './define';
import { languageSchema, nameSchema, versionSchema, type Language } from './common';

export interface CenterSettings {
  centerName: string;
  hotlineNumbers: string[];
  /** IANA time zone used for working days and for showing times. */
  timeZone: string;
  defaultLanguage: Language;
  version: number;
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const hotlineNumberSchema = z
  .string()
  .overwrite(foldPhoneWidth)
  .trim()
  .min(3)
  .max(30)
  .regex(/^[0-9+\-\s()]+$/, { message: 'validation.phoneChars' });

export const settingsApi = {
  'settings.get': method<CenterSettings>()({
    summary: 'The center profile: name, hotline numbers, time zone, default language.',
    input: z.strictObject({}),
    access: 'signedIn',
    kind: 'read',
  }),
  'settings.update': method<CenterSettings>()({
    summary: 'Changes the center profile. Names the version it read.',
    input: z.strictObject({
      version: versionSchema,
      centerName: nameSchema.optional(),
      hotlineNumbers: z.array(hotlineNumberSchema).max(10).optional(),
      timeZone: z
        .string()
        .min(1)
        .max(64)
        .refine(isValidTimeZone, { message: 'validation.timeZone' })
        .optional(),
      defaultLanguage: languageSchema.optional(),
    }),
    access: ['admin'],
    kind: 'write',
  }),
};
