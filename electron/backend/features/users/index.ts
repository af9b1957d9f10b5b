// Users: the accounts that sign in (for auth: finding, creating the first, counting sign-ins and failures, language and
// password), and who someone is (for backups and requests).
export { countUsers, findActiveUser, findUserById, findUserByUsername, insertUser, publicUser, type UserRecord } from './repository';
export { recordSignIn, recordSignInFailure, setLanguage, setPasswordHash } from './repository';
