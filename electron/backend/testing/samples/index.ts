// The domains whose samples live in this folder, in the order their records are prepared.
import { calendarSamples, slaSamples } from './calendar';
import { knowledgeSamples } from './knowledge';
import { questionsSamples } from './questions';
import { requestsSamples } from './requests';
import { suggestionsSamples } from './suggestions';
import { complaintsSamples } from './complaints';
import { partsSamples, stockSamples } from './store';
import { stocktakesSamples } from './stocktakes';
import { purchasesSamples } from './purchases';
import { maintenanceSamples, workOrdersSamples } from './workOrders';
import { replacementsSamples, scrapSamples } from './replacements';

export const DOMAIN_SAMPLES = [calendarSamples, slaSamples, requestsSamples, knowledgeSamples, questionsSamples, suggestionsSamples, complaintsSamples, partsSamples, stockSamples, stocktakesSamples, purchasesSamples, workOrdersSamples, maintenanceSamples, replacementsSamples, scrapSamples] as const;

export const DOMAIN_SAMPLE_INPUTS = {
  ...calendarSamples.inputs,
  ...slaSamples.inputs,
  ...requestsSamples.inputs,
  ...knowledgeSamples.inputs,
  ...questionsSamples.inputs,
  ...suggestionsSamples.inputs,
  ...complaintsSamples.inputs,
  ...partsSamples.inputs,
  ...stockSamples.inputs,
  ...stocktakesSamples.inputs,
  ...purchasesSamples.inputs,
  ...workOrdersSamples.inputs,
  ...maintenanceSamples.inputs,
  ...replacementsSamples.inputs,
  ...scrapSamples.inputs,
};
