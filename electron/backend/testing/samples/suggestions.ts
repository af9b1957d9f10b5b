// Sample inputs of the suggestions domain's methods (see ../sample-inputs.ts).
import type { DomainSamples } from './types';

export const suggestionsSamples: DomainSamples<'suggestions'> = {
  inputs: {},
};
