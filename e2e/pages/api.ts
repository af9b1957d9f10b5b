// Calls the API in a request context of its own (one signed-in user), for arranging the data a test needs.
import type { APIRequestContext } from '@playwright/test';

export async function call<T>(context: APIRequestContext, method: string, input: unknown): Promise<T> {
  const response = await context.post(`/api/${method}`, { data: input });
  const envelope = (await response.json()) as { ok: boolean; value?: T; error?: { code: string; message: string } };
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error?.code} ${envelope.error?.message}`);
  return envelope.value as T;
}
