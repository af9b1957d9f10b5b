import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import rule, { findCycle } from './feature-boundaries.js';

Object.assign(RuleTester, { afterAll, describe, it });

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feature-boundaries-'));
const root = path.join(dir, 'features');
fs.mkdirSync(root);
fs.writeFileSync(path.join(root, 'uses.json'), JSON.stringify({ $comment: 'test', customers: ['equipment'], equipment: [] }));
const cyclic = path.join(dir, 'cyclic-uses.json');
fs.writeFileSync(cyclic, JSON.stringify({ customers: ['equipment'], equipment: ['customers'] }));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const options = [{ root, uses: path.join(root, 'uses.json') }];
const inCustomers = path.join(root, 'customers', 'CustomerPage.tsx');
const inEquipment = path.join(root, 'equipment', 'EquipmentSection.tsx');

const scoped = [{ root, uses: path.join(root, 'uses.json'), scope: dir }];
const inApp = path.join(dir, 'app', 'routes.tsx');

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

tester.run('feature-boundaries', rule, {
  valid: [
    { code: "import { EquipmentSection } from '../equipment';", filename: inCustomers, options },
    { code: "import { EquipmentSection } from '../equipment/index';", filename: inCustomers, options },
    { code: "import { Section } from '../../components/Section';", filename: inCustomers, options },
    { code: "import { CustomerDialog } from './CustomerDialog';", filename: inCustomers, options },
    { code: "import { call } from '../../lib/api';", filename: inEquipment, options },
    { code: "import { useState } from 'react';", filename: inEquipment, options },
    { code: "import { CustomerPage } from '../features/customers';", filename: inApp, options: scoped },
    { code: "import { CustomerPage } from '../features/customers/CustomerPage';", filename: inApp, options },
  ],
  invalid: [
    { code: "import { EquipmentDialog } from '../equipment/EquipmentDialog';", filename: inCustomers, options, errors: [{ messageId: 'deep' }] },
    { code: "import type { Row } from '../equipment/rows';", filename: inCustomers, options, errors: [{ messageId: 'deep' }] },
    { code: "export { EquipmentDialog } from '../equipment/EquipmentDialog';", filename: inCustomers, options, errors: [{ messageId: 'deep' }] },
    { code: "const page = import('../equipment/EquipmentPage');", filename: inCustomers, options, errors: [{ messageId: 'deep' }] },
    { code: "import { CustomerPage } from '../customers';", filename: inEquipment, options, errors: [{ messageId: 'undeclared' }] },
    { code: "import { CustomerPage } from '../features/customers/CustomerPage';", filename: inApp, options: scoped, errors: [{ messageId: 'deep' }] },
    {
      code: "import { CustomerPage } from '../customers';",
      filename: inEquipment,
      options: [{ root, uses: cyclic }],
      errors: [{ messageId: 'cycle' }],
    },
  ],
});

describe('findCycle', () => {
  it('finds a cycle through several features and none in a one-way graph', () => {
    expect(findCycle({ a: ['b'], b: ['c'], c: ['a'] })).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle({ a: ['b', 'c'], b: ['c'], c: [] })).toBeNull();
  });
});

describe("the project's own lists of uses", () => {
  it.each(['renderer/src/features', 'electron/backend/features'])('%s/uses.json has no cycle and names only real features', (features) => {
    const uses = JSON.parse(fs.readFileSync(path.join(features, 'uses.json'), 'utf8')) as Record<string, string[] | string>;
    const graph = Object.fromEntries(Object.entries(uses).filter(([key]) => !key.startsWith('$'))) as Record<string, string[]>;
    expect(findCycle(graph)).toBeNull();
    const named = new Set([...Object.keys(graph), ...Object.values(graph).flat()]);
    for (const feature of named) expect(fs.existsSync(path.join(features, feature)), feature).toBe(true);
  });
});
