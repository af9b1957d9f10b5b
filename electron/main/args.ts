// Command-line options of the desktop app, read from argv among Chromium's and Electron's own switches.

/** The value of `--name VALUE` or `--name=VALUE`, the last one given; undefined when absent or empty. */
export function optionValue(argv: readonly string[], name: string): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === `--${name}`) {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        found = next;
        i += 1;
      }
    } else if (arg.startsWith(`--${name}=`)) {
      found = arg.slice(name.length + 3);
    }
  }
  return found === '' ? undefined : found;
}

/** The data folder someone asked for explicitly: `--data-dir DIR`, else $AFTERSALES_DATA_DIR; null for the default. */
export function requestedDataDir(argv: readonly string[], env: NodeJS.ProcessEnv): string | null {
  return optionValue(argv, 'data-dir') ?? (env.AFTERSALES_DATA_DIR || null);
}

/** Whether a bare flag such as `--demo` was given. */
export function hasFlag(argv: readonly string[], name: string): boolean {
  return argv.includes(`--${name}`);
}
