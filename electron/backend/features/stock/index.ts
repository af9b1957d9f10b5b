// The ledger as other features use it: posting a movement caused by one of their records (a stock-take's adjustments,
// a purchase request's receipts), inside their own write transaction.
export { postMovement, reverseMovement, type Movement, type MovementRow } from './ledger';
export { movementHistory } from './movements';
