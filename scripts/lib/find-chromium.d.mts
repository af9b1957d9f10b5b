/** The path of a Chromium for end-to-end tests, or null when this machine has none. */
export function findChromium(): string | null;
