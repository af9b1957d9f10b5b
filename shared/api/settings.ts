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
  /** A desk's session ends after this many minutes without a call (5 to 1440). */
  sessionIdleMinutes: number;
  /** A session's cookie used from another network address than the one it signed in from is refused. */
  sessionBoundToAddress: boolean;
  version: number;
}

export const SESSION_IDLE_MINUTES = { min: 5, max: 1440 } as const;

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
    summary: 'The center profile: name, hotline numbers, time zone, default language, how sessions end.',
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
      sessionIdleMinutes: z.number().int().min(SESSION_IDLE_MINUTES.min).max(SESSION_IDLE_MINUTES.max).optional(),
      sessionBoundToAddress: z.boolean().optional(),
    }),
    access: ['admin'],
    kind: 'write',
  }),
};
