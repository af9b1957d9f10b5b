// Filled by the stocktakes work of issue 17.
export const stocktakesApi = {};
