// A work order as its forms hold it, and the inputs the methods take from them: pure, so tested without a screen.
import type { PartSummary } from '../../../../shared/api/parts';
import type { ServiceRequest } from '../../../../shared/api/requests';
import type { WorkOrder, WorkOrderSummary } from '../../../../shared/api/workOrders';
import { CONDUCT_ITEMS, type ConductChecklist } from '../../../../shared/api/workOrders';
import type { WorkOrderState } from '../../../../shared/work-orders/workflow';
import { WORK_ORDER_STATES } from '../../../../shared/work-orders/workflow';

export interface PartLine {
  part: PartSummary | null;
  quantity: string;
}

export interface WorkOrderFormValues {
  cause: string;
  nature: string;
  category: string;
  location: string;
  description: string;
  tools: string;
  technicianIds: number[];
  plannedParts: PartLine[];
  expectedAt: number | null;
}

export const EMPTY_PART_LINE: PartLine = { part: null, quantity: '1' };

/** The report's words: the description, with the subject first unless the description already says it. */
function describedFault(subject: string, description: string): string {
  if (description === '') return subject;
  return subject === '' || description.includes(subject) ? description : `${subject}\n${description}`;
}

/** A new work order from a fault report: the fault as the caller reported it, the words of the call. */
export function valuesFromRequest(request: ServiceRequest): WorkOrderFormValues {
  return {
    cause: '',
    nature: request.fault?.nature ?? '',
    category: request.fault?.category ?? '',
    location: request.fault?.location ?? '',
    description: describedFault(request.subject.trim(), request.description.trim()),
    tools: '',
    technicianIds: [],
    plannedParts: [],
    expectedAt: null,
  };
}

/** A saved work order's fields as its edit form shows them (the part as the picker holds it). */
export function valuesOf(order: WorkOrder): WorkOrderFormValues {
  return {
    cause: order.cause,
    nature: order.nature,
    category: order.category,
    location: order.location,
    description: order.description,
    tools: order.tools,
    technicianIds: order.technicians.map((person) => person.id),
    plannedParts: order.plannedParts.map((line) => ({
      part: {
        id: line.partId,
        code: line.code,
        name: line.name,
        spec: line.spec,
        unit: line.unit,
        decimals: line.decimals,
        onHand: line.onHand,
        status: line.discontinued ? 'discontinued' : 'active',
      } as PartSummary,
      quantity: String(line.quantity),
    })),
    expectedAt: order.expectedAt,
  };
}

/**
 * The fields of the fault and the preparation as create and update take them. A line without a part goes as it is
 * (the method's input refuses it on its line).
 */
export function detailsInput(values: WorkOrderFormValues) {
  return {
    cause: values.cause,
    nature: values.nature,
    category: values.category,
    location: values.location,
    description: values.description,
    tools: values.tools,
    technicianIds: values.technicianIds,
    plannedParts: values.plannedParts.map((line) => ({ partId: line.part?.id as number, quantity: line.quantity })),
    expectedAt: values.expectedAt,
  };
}

/** The input's `plannedParts.1.partId` is the form's `plannedParts.1.part`; `lines.0.quantity` stays where it is. */
export function lineFieldOf(list: 'plannedParts' | 'lines'): (path: string) => string | null | undefined {
  return (path) => {
    const match = new RegExp(`^${list}\\.(\\d+)\\.(\\w+)`).exec(path);
    if (!match) return path === list ? null : undefined;
    const field = { partId: 'part', quantity: 'quantity', kind: 'kind' }[match[2]!];
    return field ? `${list}.${Number(match[1])}.${field}` : null;
  };
}

export const NO_CONDUCT: ConductChecklist = Object.fromEntries(CONDUCT_ITEMS.map((item) => [item, false])) as ConductChecklist;

/** The board's tabs: every state that can still be worked on, with its count (the finished ones are not on the board). */
export const BOARD_STATES: readonly WorkOrderState[] = WORK_ORDER_STATES.filter((state) => state !== 'signed_off' && state !== 'cancelled');

/** Late first, then by their day, then by number: as the board reads, whatever order the rows came in. */
export function byUrgency<Row extends Pick<WorkOrderSummary, 'late' | 'dayAt' | 'number'>>(rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => Number(b.late) - Number(a.late) || a.dayAt - b.dayAt || a.number.localeCompare(b.number));
}

/** The technicians' names as one line. */
export const peopleText = (people: ReadonlyArray<{ name: string }>, separator: string) => people.map((person) => person.name).join(separator);
