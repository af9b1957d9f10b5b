import { z } from 'zod';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES);

export const idSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const versionSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
export const emptyInput = z.strictObject({});

/** A person's or a department's name as typed: trimmed, not blank. */
export const nameSchema = z.string().trim().min(1).max(100);

export const usernameSchema = z
  .string()
  .trim()
  .min(2)
  .max(32)
  .regex(/^[A-Za-z0-9_.-]+$/, { message: 'validation.usernameChars' });

export const PASSWORD_MIN_LENGTH = 8;
export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(200);

/** Epoch milliseconds, UTC. */
export const timestampSchema = z.number().int().nonnegative().max(8.64e15);
