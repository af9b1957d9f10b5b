// Filled by the purchases work of issue 17.
export const purchasesApi = {};
