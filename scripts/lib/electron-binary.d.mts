export const PROJECT_ROOT: string;
export function electronVersion(): string;
export function electronBinaryPath(): string | null;
export function summarizeFailure(output: string, fallback: string): string;
export interface LimitedRun {
  ok: boolean;
  output: string;
  reason: string | null;
  ms: number;
}
export function runLimited(
  command: string,
  args: string[],
  options?: { timeoutMs?: number; cwd?: string; env?: NodeJS.ProcessEnv },
): Promise<LimitedRun>;
export function fetchElectronBinary(options?: { timeoutMs?: number }): Promise<LimitedRun>;
