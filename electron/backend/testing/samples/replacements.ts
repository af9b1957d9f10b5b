// Sample inputs of the replacement notices' and scrap records' methods (see ../sample-inputs.ts). PLACEHOLDER `prepare`:
// the records they refer to are made by their back end (issue 18).
import { ref, type DomainSamples } from './types';

const notice = (stage: string) => (c: Parameters<typeof ref>[0]) => ({ id: ref(c, `replacements.${stage}Id`), version: ref(c, `replacements.${stage}Version`) });
const record = (stage: string) => (c: Parameters<typeof ref>[0]) => ({ id: ref(c, `scrap.${stage}Id`), version: ref(c, `scrap.${stage}Version`) });

export const replacementsSamples: DomainSamples<'replacements'> = {
  inputs: {
    'replacements.create': (c) => ({ equipmentId: c.equipmentId, reason: `样例：主板故障 ${c.seq}`, sparePartId: ref(c, 'replacements.partId'), spareSerial: `SP-${c.seq}` }),
    'replacements.sendToFactory': (c) => ({ ...notice('installed')(c), factory: '样例厂家' }),
    'replacements.passTest': (c) => ({ ...notice('atFactory')(c), result: '通电试验合格', tester: '王工', testedOn: '2026-12-01' }),
    'replacements.reinstall': notice('tested'),
    'replacements.recover': notice('reinstalled'),
    'replacements.failRepair': (c) => ({ ...notice('atFactory')(c), reason: '样例：厂家无法修复' }),
    'replacements.formallyReplace': (c) => ({ ...notice('failed')(c), text: '备品转为正式替代' }),
    'replacements.close': notice('formallyReplaced'),
    'replacements.get': (c) => ({ id: ref(c, 'replacements.installedId') }),
    'replacements.list': () => ({ openOnly: true, limit: 20 }),
  },
};

export const scrapSamples: DomainSamples<'scrap'> = {
  inputs: {
    'scrap.create': (c) => ({ itemKind: 'stock_part', partId: ref<number>(c, 'scrap.partId'), quantity: 1, reason: 'repair_ineffective', reasonText: `样例 ${c.seq}` }),
    'scrap.update': (c) => ({ ...record('draft')(c), reasonText: '样例：受潮损坏' }),
    'scrap.startAppraisal': (c) => ({ ...record('draft')(c), appraisers: [{ name: '张工', title: '工程师' }, { name: '李工', title: '技术员' }] }),
    'scrap.conclude': (c) => ({ ...record('appraising')(c), conclusion: 'scrap', opinion: '无修复价值', proposedMethod: 'destroy' }),
    'scrap.approve': record('awaiting'),
    'scrap.reject': (c) => ({ ...record('awaiting')(c), reason: '样例：尚可修复' }),
    'scrap.dispose': record('approved'),
    'scrap.get': (c) => ({ id: ref(c, 'scrap.draftId') }),
    'scrap.list': () => ({ limit: 20 }),
  },
};
