import { describe, expect, it } from 'vitest';
import { api, METHOD_NAMES } from '../../../shared/api';
import { MISSING_BACKUP_ID, SAMPLE_INPUTS, type SampleContext } from './sample-inputs';

const context: SampleContext = {
  seq: 7,
  userId: 2,
  userVersion: 0,
  departmentId: 1,
  departmentVersion: 0,
  settingsVersion: 0,
  backupId: MISSING_BACKUP_ID,
  sessionId: '0123456789abcdef',
  loginUsername: 'someone',
  loginPassword: 'some-password',
  ownPassword: 'own-password',
  customerId: 1,
  customerVersion: 0,
  otherCustomerId: 2,
  otherCustomerVersion: 0,
  siteId: 1,
  siteVersion: 0,
  equipmentId: 1,
  equipmentVersion: 0,
  modelId: 1,
  modelVersion: 0,
  documentId: 1,
  // Every later domain's record is id 1 here: this test only checks the inputs' shapes.
  refs: new Proxy({}, { get: () => 1 }),
};

describe('the table of sample inputs used by the role and audit tests', () => {
  it('has a sample for every method of the contract, so a new method cannot slip past the role test', () => {
    const missing = METHOD_NAMES.filter((m) => !Object.prototype.hasOwnProperty.call(SAMPLE_INPUTS, m));
    expect(missing).toEqual([]);
    expect(Object.keys(SAMPLE_INPUTS).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it.each(METHOD_NAMES)('%s: the sample is accepted by the method’s own schema', (method) => {
    const sample = (SAMPLE_INPUTS[method] as (c: SampleContext) => unknown)(context);
    const parsed = api[method].input.safeParse(sample);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });
});
