export function buildElectron(options?: { quiet?: boolean }): Promise<void>;
