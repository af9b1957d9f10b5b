// Demo replacement notices (故障处理备品替换通知) and scrap records (报废品处理记录), taken through the API by the
// inventory clerk, a technician and the department manager like any caller, so the ledger (loan-out, loan-back and
// scrap movements naming their records), the audit log and the units' repair archives are what real work leaves:
// - a spare lent on the signed-off work order of the demo's field work (else on a video recorder), the faulty unit
//   repaired at the factory, tested, reinstalled, the spare back in the store and the notice recovered (收回) with it;
// - a spare lent on the work order on site now (else on a UPS) while the faulty unit is at the factory (an open notice,
//   three weeks old);
// - a discontinued recorder whose factory repair failed: a scrap record of the unit appraised by a group of three,
//   approved by the manager and disposed (returned to the maker), the spare its formal replacement (正式代替事项), closed;
// - damp fuses of the store appraised for scrap, waiting on the manager's approval.
import type { Backend } from '..';
import type { ApiInput, ApiOutput, MethodName } from '../../../shared/api';
import type { Equipment } from '../../../shared/api/equipment';

type Caller = <M extends MethodName>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;

const DAY = 86_400_000;

async function signedIn(backend: Backend, username: string, password: string): Promise<Caller> {
  const session = backend.newSession();
  const call: Caller = async (method, input) => {
    const result = await backend.invoke(session, method, input);
    if (!result.ok) throw new Error(`Demo data: ${method} failed: ${result.error.message}`);
    return result.value as ApiOutput<typeof method>;
  };
  await call('auth.login', { username, password });
  return call;
}

/** The spare a unit of each demo model takes. */
const SPARE_OF: Record<string, string> = {
  'DS-7608N-K2': 'ZKB-7608N-K2',
  'HY-UPS-3000': 'ZKB-UPS3000-V2',
  'HY-UPS-6000': 'QDB-UPS6000',
  'iDS-7216HQHI': 'ZKB-7216HQHI-M2',
  'DS-K1T671M': 'XSB-K1T671',
  'DS-2CD3T46WDV3': 'JT-2.8MM',
  'HY-BAT-12V100': 'DC-12V100',
};

/** A work order of the technician's in this state with a unit in service, and the unit; null when there is none. */
async function workOrderWithUnit(
  tech: Caller,
  agent: Caller,
  clerk: Caller,
  state: 'signed_off' | 'on_site',
): Promise<{ workOrderId: number; unit: Equipment } | null> {
  const mine = await tech('workOrders.mine', {});
  for (const order of [...mine.earlier, ...mine.today, ...mine.upcoming, ...mine.finished]) {
    if (order.state !== state || order.equipmentId === null || order.customerId === null) continue;
    const unit = (await agent('customers.get', { id: order.customerId })).equipment.find((e) => e.id === order.equipmentId);
    if (!unit || unit.lifecycle !== 'in_service' || !SPARE_OF[unit.model]) continue;
    const spare = (await clerk('parts.byCode', { code: SPARE_OF[unit.model]! })).part;
    if (spare && spare.onHand >= 1) return { workOrderId: order.id, unit };
  }
  return null;
}

/** The first units of a model in service, from the archive (as the clerk would look them up). */
async function unitsOf(agent: Caller, model: string, count: number, except: readonly number[] = []): Promise<Equipment[]> {
  const models = await agent('equipment.models', {});
  const id = models.items.find((m) => m.model === model)?.id;
  if (id === undefined) throw new Error(`Demo data: no equipment of model ${model}`);
  const found: Equipment[] = [];
  for (const customer of (await agent('equipment.modelCustomers', { modelId: id })).items) {
    const page = await agent('customers.get', { id: customer.id });
    found.push(...page.equipment.filter((unit) => unit.model === model && unit.lifecycle === 'in_service' && !except.includes(unit.id)));
    if (found.length >= count) break;
  }
  if (found.length < count) throw new Error(`Demo data: fewer than ${count} units of ${model} in service`);
  return found.slice(0, count);
}

export async function seedReplacements(backend: Backend, password: string, now = Date.now()): Promise<void> {
  const clerk = await signedIn(backend, 'clerk', password);
  const tech = await signedIn(backend, 'tech', password);
  const manager = await signedIn(backend, 'manager', password);
  const agent = await signedIn(backend, 'agent', password);
  const part = async (code: string) => {
    const found = (await clerk('parts.byCode', { code })).part;
    if (!found) throw new Error(`Demo data: no part ${code}`);
    return found.id;
  };
  const techId = (await tech('auth.me', {})).id;
  const dateOf = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

  // Repaired at the factory and back: the spare returned, the notice recovered with its work order.
  const visited = await workOrderWithUnit(tech, agent, clerk, 'signed_off');
  const recorder = visited?.unit ?? (await unitsOf(agent, 'DS-7608N-K2', 1))[0]!;
  let n = await clerk('replacements.create', {
    ...(visited && { workOrderId: visited.workOrderId }),
    equipmentId: recorder.id,
    reason: '故障部件无法现场修复，通电后指示灯常亮，无输出',
    sparePartId: await part(SPARE_OF[recorder.model]!),
    spareSerial: 'ZKB-BK-2025-0031',
    installedAt: now - 40 * DAY,
  });
  n = await clerk('replacements.sendToFactory', { id: n.id, version: n.version, factory: '海康威视杭州维修中心', sentAt: now - 38 * DAY });
  n = await tech('replacements.passTest', { id: n.id, version: n.version, result: '更换主控芯片后通电 72 小时无异常，8 路录像正常', tester: '张伟', testedOn: dateOf(now - 9 * DAY) });
  n = await tech('replacements.reinstall', { id: n.id, version: n.version, reinstalledAt: now - 7 * DAY });
  await clerk('replacements.recover', { id: n.id, version: n.version, remarks: '备品已归还入库，通知随派工单收回' });

  // At the factory now, lent on the visit under way.
  const onSite = await workOrderWithUnit(tech, agent, clerk, 'on_site');
  const ups = onSite && onSite.unit.id !== recorder.id ? onSite.unit : (await unitsOf(agent, 'HY-UPS-3000', 1, [recorder.id]))[0]!;
  n = await clerk('replacements.create', {
    ...(onSite && onSite.unit.id === ups.id && { workOrderId: onSite.workOrderId }),
    equipmentId: ups.id,
    reason: '控制部件故障，无法启动，已临时换上备品',
    sparePartId: await part(SPARE_OF[ups.model]!),
    spareSerial: 'UPSCB-V23-0112',
    installedAt: now - 24 * DAY,
  });
  await clerk('replacements.sendToFactory', { id: n.id, version: n.version, factory: '华源电源苏州工厂', sentAt: now - 21 * DAY });

  // The factory cannot repair a discontinued unit: scrapped, the spare its formal replacement, closed.
  const [old] = await unitsOf(agent, 'iDS-7216HQHI', 1, [recorder.id, ups.id]);
  n = await clerk('replacements.create', {
    equipmentId: old!.id,
    reason: '主板烧毁，整机无法开机',
    sparePartId: await part('ZKB-7216HQHI-M2'),
    spareSerial: 'M2S-2026-0008',
    installedAt: now - 60 * DAY,
  });
  n = await clerk('replacements.sendToFactory', { id: n.id, version: n.version, factory: '海康威视杭州维修中心', sentAt: now - 57 * DAY });
  n = await clerk('replacements.failRepair', { id: n.id, version: n.version, reason: '整机已停产，主板芯片无备件，厂家出具无法修复证明' });
  let record = await clerk('scrap.get', { id: n.scrapRecord!.id });
  record = await clerk('scrap.startAppraisal', {
    id: record.id,
    version: record.version,
    appraisers: [
      { userId: techId, name: '张伟 (Zhang Wei)', title: '维修工程师' },
      { name: '吴建国', title: '高级工程师' },
      { name: '孙丽', title: '物资部库管员' },
    ],
  });
  record = await clerk('scrap.conclude', { id: record.id, version: record.version, conclusion: 'scrap', opinion: '主板烧毁且无备件，无修复价值', proposedMethod: 'return_to_maker' });
  record = await manager('scrap.approve', { id: record.id, version: record.version });
  await clerk('scrap.dispose', { id: record.id, version: record.version, note: '随厂家回收单退回' });
  n = await clerk('replacements.get', { id: n.id });
  n = await clerk('replacements.formallyReplace', { id: n.id, version: n.version, text: '备品主板 ZKB-7216HQHI-M2（序列号 M2S-2026-0008）正式代替原设备主板，原设备已报废退回厂家' });
  await clerk('replacements.close', { id: n.id, version: n.version });

  // Damp fuses in the store, appraised for scrap, awaiting the manager.
  record = await clerk('scrap.create', { itemKind: 'stock_part', partId: await part('RDQ-5X20-3A'), quantity: 20, reason: 'other', reasonText: '库房漏水受潮，熔断器管壳锈蚀' });
  record = await clerk('scrap.startAppraisal', {
    id: record.id,
    version: record.version,
    appraisers: [
      { userId: techId, name: '张伟 (Zhang Wei)', title: '维修工程师' },
      { name: '孙丽', title: '物资部库管员' },
    ],
  });
  await clerk('scrap.conclude', { id: record.id, version: record.version, conclusion: 'scrap', opinion: '锈蚀影响接触，不宜再用', proposedMethod: 'destroy' });

  for (const call of [clerk, tech, manager, agent]) await call('auth.logout', {});
}
