// Users: the accounts that sign in (for auth), and who someone is (for backups and requests).
export {
  countUsers,
  findActiveUser,
  findUserById,
  findUserByUsername,
  insertUser,
  publicUser,
  recordSignIn,
  recordSignInFailure,
  setLanguage,
  setPasswordHash,
  type UserRecord,
} from './repository';
