// Phones as a Chinese input method types them, and extensions (分机) kept apart from the number, through the methods.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../testing/fixture';

const opened: TestBackend[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});

async function archive() {
  const t = await createTestBackend();
  opened.push(t);
  return { t, agent: await t.signInAs(['agent']) };
}

describe('phones typed with a Chinese input method', () => {
  it('saves full-width digits as plain ones and finds them typed either way', async () => {
    const { t, agent } = await archive();
    const created = await t.expectOk(agent, 'customers.create', {
      name: '陈志刚',
      kind: 'individual',
      contacts: [{ name: '陈志刚', phones: ['１３９１２３４５６７８'] }],
    });
    expect(created.contacts[0]!.phones.map((p) => [p.number, p.normalized])).toEqual([['13912345678', '13912345678']]);
    for (const query of ['13912345678', '１３９１２３４５６７８', '5678']) {
      const { items } = await t.expectOk(agent, 'customers.search', { query, limit: 10 });
      expect(items.map((i) => i.id), query).toContain(created.id);
    }
    const call = await t.expectOk(agent, 'requests.create', {
      callerPhone: '（０２１）６２８８　５０００',
      callerName: '陈志刚',
      kind: 'consultation',
      channel: 'hotline',
      priority: 'general',
      subject: '咨询保修期',
    });
    expect(call.callerPhone).toBe('(021)6288 5000');
  });

  it('refuses a blank phone as required, naming the field', async () => {
    const { t, agent } = await archive();
    const refused = await t.call(agent, 'customers.create', { name: '陈志刚', kind: 'individual', contacts: [{ name: '陈志刚', phones: [''] }] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'contacts.0.phones.0', key: 'validation.required' }] } } });
  });
});

describe('extensions', () => {
  const ORG = { name: '上海华通科技有限公司', kind: 'organization' as const };

  it('keeps the extension apart from the number and finds the contact by the number, with or without it, and by the extension', async () => {
    const { t, agent } = await archive();
    const huatong = await t.expectOk(agent, 'customers.create', { ...ORG, contacts: [{ name: '王经理', phones: ['021-62885000转8012'] }] });
    const other = await t.expectOk(agent, 'customers.create', { name: '上海申通设备公司', kind: 'organization', contacts: [{ name: '赵工', phones: ['021-62885000 ext. 8020'] }] });
    expect(huatong.contacts[0]!.phones.map((p) => [p.number, p.extension, p.normalized])).toEqual([['021-62885000', '8012', '2162885000']]);
    expect(other.contacts[0]!.phones.map((p) => [p.number, p.extension])).toEqual([['021-62885000', '8020']]);

    const found = async (query: string) => (await t.expectOk(agent, 'customers.search', { query, limit: 10 })).items.map((i) => i.id);
    // The number with the extension as typed: that contact first.
    for (const query of ['021-62885000转8012', '021-62885000 ext. 8012', '02162885000#8012', '021-6288 5000 分机 8012']) {
      expect((await found(query))[0], query).toBe(huatong.id);
    }
    expect((await found('021-62885000 x8020'))[0]).toBe(other.id);
    // The number alone: both.
    expect(await found('021-62885000')).toEqual(expect.arrayContaining([huatong.id, other.id]));
    // The extension alone.
    expect(await found('转8012')).toEqual([huatong.id]);
    expect(await found('x8020')).toEqual([other.id]);
    expect(await found('8012')).toContain(huatong.id);

    const summary = (await t.expectOk(agent, 'customers.search', { query: '8012', limit: 10 })).items.find((i) => i.id === huatong.id)!;
    expect([summary.primaryPhone, summary.primaryExtension]).toEqual(['021-62885000', '8012']);
  });

  it('finds a call by its caller number typed with the extension', async () => {
    const { t, agent } = await archive();
    const call = await t.expectOk(agent, 'requests.create', {
      callerPhone: '021-62885000转8012',
      kind: 'consultation',
      channel: 'hotline',
      priority: 'general',
      subject: '咨询保修期',
    });
    for (const query of ['021-62885000转8012', '021-62885000']) {
      const { items } = await t.expectOk(agent, 'requests.search', { query, limit: 10 });
      expect(items.map((i) => i.id), query).toContain(call.id);
    }
  });

  it('refuses an extension without its number', async () => {
    const { t, agent } = await archive();
    const refused = await t.call(agent, 'customers.create', { ...ORG, contacts: [{ name: '王经理', phones: ['#8012'] }] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'contacts.0.phones.0', key: 'validation.phoneExtensionOnly' }] } } });
  });
});
