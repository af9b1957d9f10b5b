import type { DomainSamples } from './types';

export const purchasesSamples: DomainSamples<'purchases'> = { inputs: {} };
