// Sample inputs of the requests domain's methods (see ../sample-inputs.ts).
import type { DomainSamples } from './types';

export const requestsSamples: DomainSamples<'requests'> = {
  inputs: {},
};
