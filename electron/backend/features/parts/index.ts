// Parts as other features use them: a part's row with its stock, its summary, and the look-up by code.
export { averageCostFen, findPartByCode, findPartRow, summariesOf, toPart, toSummary, units, type PartStockRow } from './repository';
// For the store's history fixture (plan test, bench): parts written straight in, as the handlers write them.
export { insertPart } from './repository';
export { existingPart } from './handlers';
