// The life of a scrap record (报废品处理记录, DOMAIN.md): 草稿 draft → 鉴定中 appraising (a temporary technical appraisal
// group of at least two, organised by the materials department) → 待审批 awaiting approval (the group's conclusion and
// proposed disposal) → 已批准 approved by a department manager (who, when, the method approved) → 已处置 disposed; or
// 已驳回 rejected with a reason.
import type { Role } from '../api/roles';
import { STORE_KEEPERS } from '../api/parts';
import { workflow } from '../workflow/table';

export const SCRAP_STATES = ['draft', 'appraising', 'awaiting_approval', 'approved', 'disposed', 'rejected'] as const;
export type ScrapState = (typeof SCRAP_STATES)[number];

export const SCRAP_REASONS = ['upgrade', 'repair_ineffective', 'other'] as const;
export const SCRAP_CONCLUSIONS = ['scrap', 'keep'] as const;
/** 销毁, 退回厂家, 回收, 变卖. */
export const DISPOSAL_METHODS = ['destroy', 'return_to_maker', 'recycle', 'sell_as_scrap'] as const;
/** An appraisal group has at least this many members. */
export const MIN_APPRAISERS = 2;

/** The materials department's clerks organise the appraisal and carry out the disposal; department managers decide. */
const CLERKS: readonly Role[] = STORE_KEEPERS;
const MANAGERS: readonly Role[] = ['dept_manager'];

export const SCRAP_WORKFLOW = workflow(SCRAP_STATES, {
  update: { from: ['draft'], roles: CLERKS },
  /** The group named (at least MIN_APPRAISERS members). */
  startAppraisal: { from: ['draft'], to: 'appraising', roles: CLERKS },
  /** The group's conclusion (scrap / keep) and the disposal it proposes. */
  conclude: { from: ['appraising'], to: 'awaiting_approval', roles: CLERKS },
  approve: { from: ['awaiting_approval'], to: 'approved', roles: MANAGERS },
  reject: { from: ['awaiting_approval'], to: 'rejected', roles: MANAGERS },
  /** Carried out: a scrapped stock item leaves stock by a scrap movement; a customer's unit becomes scrapped. */
  dispose: { from: ['approved'], to: 'disposed', roles: CLERKS },
});

export type ScrapAction = (typeof SCRAP_WORKFLOW.actions)[number];
