import type { DomainSamples } from './types';

export const stocktakesSamples: DomainSamples<'stocktakes'> = { inputs: {} };
