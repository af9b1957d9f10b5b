// Sample inputs of the calendar and sla domains' methods (see ../sample-inputs.ts).
import type { DomainSamples } from './types';

export const calendarSamples: DomainSamples<'calendar'> = {
  inputs: {},
};

export const slaSamples: DomainSamples<'sla'> = {
  inputs: {},
};
