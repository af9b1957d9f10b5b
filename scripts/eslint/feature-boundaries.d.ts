import type { Rule } from 'eslint';
declare const rule: Rule.RuleModule;
export default rule;
export function featureOf(rootDir: string, target: string): { name: string; inner: string } | null;
export function findCycle(uses: Record<string, readonly string[]>): string[] | null;
