// The steps a form's page offers: what the state machine allows the user's roles, and the reply to the customer
// only to the agent it was given to (the back end refuses anyone else).
import type { Me } from '../../../../shared/api';
import type { Complaint } from '../../../../shared/api/complaints';
import { availableSteps, type ComplaintStep } from '../../../../shared/complaints/route';

export function offeredSteps(complaint: Pick<Complaint, 'state'> & { part1: Pick<Complaint['part1'], 'replyAgentId'> }, me: Pick<Me, 'id' | 'roles'>): ComplaintStep[] {
  return availableSteps(complaint.state, me.roles).filter((step) => step !== 'recordReply' || complaint.part1.replyAgentId === me.id);
}
