// Sample inputs of the questions domain's methods (see ../sample-inputs.ts).
import type { DomainSamples } from './types';

export const questionsSamples: DomainSamples<'questions'> = {
  inputs: {},
};
