// What a lend form or a scrap record's form is opened with: `?workOrderId=`, `?equipmentId=`, `?noticeId=`, `?partId=`
// from the record it starts from. Ids that are not positive whole numbers are ignored (a hand-typed address).

export type PrefillKey = 'workOrderId' | 'equipmentId' | 'customerId' | 'noticeId' | 'partId';

/** The ids the address names, each a positive safe integer or left out. */
export function prefillIds(search: string): Partial<Record<PrefillKey, number>> {
  const params = new URLSearchParams(search);
  const ids: Partial<Record<PrefillKey, number>> = {};
  for (const key of ['workOrderId', 'equipmentId', 'customerId', 'noticeId', 'partId'] as const) {
    const text = params.get(key);
    if (text === null || !/^[1-9]\d{0,14}$/.test(text.trim())) continue;
    const id = Number(text.trim());
    if (Number.isSafeInteger(id)) ids[key] = id;
  }
  return ids;
}
