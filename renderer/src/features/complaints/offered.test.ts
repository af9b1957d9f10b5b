// The buttons of a form's page for the desks of the route: each desk sees its own step and no one else's.
import { describe, expect, it } from 'vitest';
import { offeredSteps } from './offered';

const form = (state: Parameters<typeof offeredSteps>[0]['state'], replyAgentId: number | null = null) => ({ state, part1: { replyAgentId } });

describe('the steps a complaint form offers', () => {
  it('gives each desk its step and the reviewer the sending back', () => {
    expect(offeredSteps(form('filled'), { id: 1, roles: ['agent'] })).toEqual([]);
    expect(offeredSteps(form('filled'), { id: 2, roles: ['seat_manager'] })).toEqual(['review', 'returnForCorrection']);
    expect(offeredSteps(form('returned'), { id: 1, roles: ['agent'] })).toEqual(['resubmit']);
    expect(offeredSteps(form('reviewed'), { id: 3, roles: ['info_manager'] })).toEqual(['route', 'returnForCorrection']);
    expect(offeredSteps(form('answered_internal'), { id: 4, roles: ['dept_manager'] })).toEqual(['sign', 'returnForCorrection']);
    expect(offeredSteps(form('sent'), { id: 3, roles: ['info_manager'] })).toEqual(['recordOpinion']);
    expect(offeredSteps(form('replied'), { id: 5, roles: ['supervisor'] })).toEqual([]);
  });

  it('offers the reply to the customer only to the agent it was given to', () => {
    expect(offeredSteps(form('reply_assigned', 7), { id: 7, roles: ['agent'] })).toEqual(['recordReply']);
    expect(offeredSteps(form('reply_assigned', 7), { id: 8, roles: ['agent'] })).toEqual([]);
  });
});
