// Parts as other features use them: a part's row with its stock, its summary, and the look-up by code; creating one
// with its models (the import of a parts list writes each part as parts.create does).
export { averageCostFen, binKey, findPartByCode, findPartRow, insertPart, listParts, replacePartModels, summariesOf, toPart, toSummary, units, type PartStockRow } from './repository';
export { existingPart } from './handlers';
export { searchParts } from './search';
