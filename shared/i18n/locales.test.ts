/// <reference types="vite/client" />
// Both languages must have the same keys in the same namespaces, so no screen falls back to the other language.
import { describe, expect, it } from 'vitest';
import { LANGUAGES, NAMESPACES, resources } from './resources';

// Every locale file on disk, including namespaces the renderer does not load (the Electron menu's `menu.json`).
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });

function byLanguage(): Map<string, Map<string, Record<string, unknown>>> {
  const languages = new Map<string, Map<string, Record<string, unknown>>>();
  for (const [path, content] of Object.entries(files)) {
    const match = /^\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) throw new Error(`Unexpected locale file ${path}`);
    const [, language = '', namespace = ''] = match;
    if (!languages.has(language)) languages.set(language, new Map());
    languages.get(language)!.set(namespace, content);
  }
  return languages;
}

/** Leaf keys as dotted paths; a flat key with dots (`auth.invalidCredentials`) reads the same as a nested one. */
function leaves(value: unknown, prefix = ''): Array<[key: string, text: string]> {
  if (typeof value === 'string') return [[prefix, value]];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${prefix || '(root)'} is not a string or an object of strings`);
  }
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

const leafKeys = (value: unknown) => leaves(value).map(([key]) => key);

describe('locale files', () => {
  const languages = byLanguage();

  it('exist for exactly the languages the console offers', () => {
    expect([...languages.keys()].sort()).toEqual([...LANGUAGES].sort());
  });

  it('have the same namespaces in every language', () => {
    const reference = [...(languages.get('zh-CN')?.keys() ?? [])].sort();
    for (const [language, namespaces] of languages) {
      expect([...namespaces.keys()].sort(), `namespaces of ${language}`).toEqual(reference);
    }
  });

  it('have the same keys in every namespace in every language', () => {
    const missing: string[] = [];
    const namespaces = new Set([...languages.values()].flatMap((n) => [...n.keys()]));
    for (const namespace of namespaces) {
      const keysOf = new Map([...languages].map(([language, n]) => [language, new Set(leafKeys(n.get(namespace) ?? {}))]));
      for (const [language, keys] of keysOf) {
        for (const [other, otherKeys] of keysOf) {
          if (other === language) continue;
          for (const key of keys) if (!otherKeys.has(key)) missing.push(`${other}/${namespace}.json lacks "${key}" (present in ${language})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('have no empty texts', () => {
    const empty: string[] = [];
    for (const [language, namespaces] of languages) {
      for (const [namespace, content] of namespaces) {
        for (const [key, text] of leaves(content)) {
          if (text.trim() === '') empty.push(`${language}/${namespace}:${key}`);
        }
      }
    }
    expect(empty).toEqual([]);
  });

  it('are all loaded into the shared resources', () => {
    for (const language of LANGUAGES) {
      for (const namespace of NAMESPACES) {
        expect(resources[language][namespace], `${language}/${namespace}`).toBe(languages.get(language)?.get(namespace));
      }
    }
  });

  it('keep the same {{placeholders}} in both languages', () => {
    const differ: string[] = [];
    const placeholders = (text: string | undefined) =>
      [...(text ?? '').matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort().join(',');
    const zh = languages.get('zh-CN') ?? new Map<string, Record<string, unknown>>();
    const en = languages.get('en') ?? new Map<string, Record<string, unknown>>();
    for (const [namespace, content] of zh) {
      const english = new Map(leaves(en.get(namespace) ?? {}));
      for (const [key, text] of leaves(content)) {
        if (english.has(key) && placeholders(text) !== placeholders(english.get(key))) differ.push(`${namespace}:${key}`);
      }
    }
    expect(differ).toEqual([]);
  });
});
