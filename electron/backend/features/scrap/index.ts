// Scrap records as other features use them: a replacement notice whose factory repair failed opens one of its unit.
export { openScrapRecord, type NewScrapRecord } from './records';
export { scrapRecord } from './repository';
