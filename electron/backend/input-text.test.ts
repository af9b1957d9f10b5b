// Text as people and programs really send it: phone numbers typed with a Chinese input method, and strings that are
// not valid Unicode.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestBackend, databaseDigest, type TestBackend } from './testing/fixture';

const opened: TestBackend[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});

async function desk() {
  const t = await createTestBackend();
  opened.push(t);
  return { t, agent: await t.signInAs(['agent']) };
}

describe('full-width phone numbers (typed with a Chinese input method)', () => {
  it('are accepted wherever a phone is read, stored as plain digits, and found again by their plain form', async () => {
    const { t, agent } = await desk();
    const customer = await t.expectOk(agent, 'customers.create', {
      name: '张伟',
      kind: 'individual',
      contacts: [{ name: '张伟', phones: ['１３９１２３４５６７８', '139 1234 ５６７８', '（０２１）－６２８８５０００', '＋８６ １３８００１３８０００'] }],
    });
    const page = await t.expectOk(agent, 'customers.get', { id: customer.id });
    expect(page.customer.contacts[0]!.phones.map((p) => [p.number, p.normalized])).toEqual([
      ['13912345678', '13912345678'],
      ['139 1234 5678', '13912345678'],
      ['(021)-62885000', '2162885000'],
      ['+86 13800138000', '13800138000'],
    ]);
    // The duplicate check and the search read full-width digits too.
    const duplicates = await t.expectOk(agent, 'customers.findDuplicates', { phones: ['１３８００１３８０００'] });
    expect(duplicates.items.map((d) => d.id)).toEqual([customer.id]);
    const found = await t.expectOk(agent, 'customers.search', { query: '１３９１２３４' });
    expect(found.items[0]?.id).toBe(customer.id);
    // A call logged with a full-width caller number.
    const request = await t.expectOk(agent, 'requests.create', {
      callerPhone: '１３９１２３４５６７８',
      callerName: '张伟',
      customerId: customer.id,
      kind: 'consultation',
      channel: 'hotline',
      priority: 'general',
      subject: '咨询保修期',
      description: '问录像机的保修到哪天。',
    });
    expect(request.callerPhone).toBe('13912345678');
    const requests = await t.expectOk(agent, 'requests.search', { query: '１３９１２３４' });
    expect(requests.items.map((r) => r.id)).toContain(request.id);
    // The center's hotline numbers in the settings.
    const settings = await t.expectOk(t.admin, 'settings.get', {});
    const updated = await t.expectOk(t.admin, 'settings.update', { version: settings.version, hotlineNumbers: ['４００－８８８－１２３４'] });
    expect(updated.hotlineNumbers).toEqual(['400-888-1234']);
  });
});

describe('text that is not valid Unicode', () => {
  it('a lone surrogate is refused as validation naming its field, and nothing is stored', async () => {
    const { t, agent } = await desk();
    const side = t.openSideConnection();
    const before = databaseDigest(side);
    for (const broken of ['\uD800', 'abc\uDC00', '王\uD83D伟']) {
      const result = await t.call(agent, 'customers.create', {
        name: '王伟',
        kind: 'individual',
        notes: broken,
        contacts: [{ name: '王伟', title: broken, phones: ['13912345678'] }],
      });
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'validation',
          details: {
            fields: [
              { path: 'notes', key: 'validation.invalidUnicode' },
              { path: 'contacts.0.title', key: 'validation.invalidUnicode' },
            ],
          },
        },
      });
    }
    expect(databaseDigest(side)).toBe(before);
    side.close();
  });

  it('a whole emoji (a surrogate pair) is kept exactly as sent', async () => {
    const { t, agent } = await desk();
    const customer = await t.expectOk(agent, 'customers.create', { name: '王伟 😀', kind: 'individual', notes: '👍🏽 好', contacts: [] });
    const page = await t.expectOk(agent, 'customers.get', { id: customer.id });
    expect([page.customer.name, page.customer.notes]).toEqual(['王伟 😀', '👍🏽 好']);
  });
});
