// The center profile (settings): what other features read or change of it. The center's clock (time zone, today) is
// read everywhere and lives in lib/center-time.ts.
export { getCenterSettings, sessionPolicyOf, updateCenterSettingsColumns } from './repository';
