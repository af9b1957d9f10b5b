// Password hashing lives in lib/passwords.ts (sign-in checks passwords, user administration sets them); this name stays
// for scripts/bench, which imports it from here.
export { hashPassword, PRODUCTION_COST_LOG2, verifyPassword } from '../../lib/passwords';
