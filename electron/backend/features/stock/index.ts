// The ledger as other features use it: a movement posted inside their write (the only way stock changes), and the
// movements a record caused.
export { postMovement, type Movement, type MovementRow } from './ledger';
export { movementHistory } from './movements';
