// Parts as other features use them: a part's row with its stock, its summary, and the look-up by code.
export { averageCostFen, binKey, findPartByCode, findPartRow, summariesOf, toPart, toSummary, units, type PartStockRow } from './repository';
export { existingPart } from './handlers';
