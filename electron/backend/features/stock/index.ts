// The ledger as other features use it: the one way stock changes (postMovement, reverseMovement) and the movements read.
export { postMovement, reverseMovement, notEnoughStock, type Movement, type MovementRow } from './ledger';
export { movementHistory } from './movements';
export { auditMovement } from './audit';
