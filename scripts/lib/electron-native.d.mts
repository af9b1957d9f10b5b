export const NATIVE_DIR: string;
export const DEV_BINDING: string;
export function packagingBinding(os: 'win' | 'mac' | 'linux', arch: string): string;
export function ensureElectronNative(options: {
  electronVersion: string;
  platform?: NodeJS.Platform;
  arch?: string;
  out?: string;
  electronBinary?: string | null;
  log?: (line: string) => void;
}): Promise<{ ok: boolean; how: string | null; reason: string | null }>;
