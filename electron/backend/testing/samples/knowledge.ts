// Sample inputs of the knowledge domain's methods (see ../sample-inputs.ts).
import type { DomainSamples } from './types';

export const knowledgeSamples: DomainSamples<'knowledge'> = {
  inputs: {},
};
