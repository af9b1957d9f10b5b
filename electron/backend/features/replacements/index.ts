// Replacement notices as other features use them: a notice's page (a work order's page lists the notices lent on it).
export { replacementNotice, listNotices } from './repository';
