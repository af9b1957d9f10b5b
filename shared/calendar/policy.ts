// The service-level policy (服务时限): the brief's commitments as defaults, which a supervisor may change.
import type { DeadlineRule } from './working-days';

export const PRIORITIES = ['urgent', 'important', 'general'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** 响应 respond, 到场 on site, 解决 solved. */
export const SERVICE_MEASURES = ['respond', 'onSite', 'solve'] as const;
export type ServiceMeasure = (typeof SERVICE_MEASURES)[number];

/** The other deadlines of the brief: difficult question, suggestion, and the three routes of a complaint. */
export const OTHER_DEADLINES = ['question', 'suggestion', 'complaintInternal', 'complaintTransfer', 'complaintHigherLevel'] as const;
export type OtherDeadline = (typeof OTHER_DEADLINES)[number];

export const DEADLINE_UNITS = ['hours', 'working_days'] as const;

/** The largest amount a rule may name in each unit: a month round the clock, or three months of working days. */
export const RULE_LIMITS: Record<DeadlineRule['unit'], number> = { hours: 720, working_days: 60 };

export interface SlaRules {
  priorities: Record<Priority, Record<ServiceMeasure, DeadlineRule>>;
  other: Record<OtherDeadline, DeadlineRule>;
}

const hours = (amount: number): DeadlineRule => ({ amount, unit: 'hours' });
const workingDays = (amount: number): DeadlineRule => ({ amount, unit: 'working_days' });

/** DOMAIN.md: urgent 1 h / 4 h / 8 h; important 2 h / 1 wd / 2 wd; general 24 h / 3 wd / 5 wd; and the other deadlines. */
export const DEFAULT_SLA_RULES: SlaRules = {
  priorities: {
    urgent: { respond: hours(1), onSite: hours(4), solve: hours(8) },
    important: { respond: hours(2), onSite: workingDays(1), solve: workingDays(2) },
    general: { respond: hours(24), onSite: workingDays(3), solve: workingDays(5) },
  },
  other: {
    question: workingDays(1),
    suggestion: workingDays(5),
    complaintInternal: workingDays(1),
    complaintTransfer: workingDays(3),
    complaintHigherLevel: workingDays(5),
  },
};
