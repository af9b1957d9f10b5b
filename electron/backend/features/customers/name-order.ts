// The sort key of a name is pure and shared (lib/name-order.ts); this name stays for scripts/bench, which imports it here.
export { nameOrder } from '../../lib/name-order';
