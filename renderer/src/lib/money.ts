// Money is kept in integer fen; people read and type yuan.
const YUAN = /^\d{1,10}(\.\d{1,2})?$/;

/** `1234.5` → 123450 fen (full-width `１２３４．５` too); null when it is not an amount of yuan with at most two decimals. */
export function yuanToFen(typed: string): number | null {
  const value = typed.normalize('NFKC').trim().replace(/[,，\s]/g, '').replace(/^[¥￥]/, '');
  if (!YUAN.test(value)) return null;
  const [whole, fraction = ''] = value.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

export function formatYuan(fen: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol', minimumFractionDigits: 2 }).format(fen / 100);
}
