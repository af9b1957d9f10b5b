// The print pages' CSS: A4 paper, black on white, the bundled Noto Sans SC. On screen (the preview's iframe) a page is a
// white sheet of the same width as on paper, so text measured on screen fits the same way when printed.

export type Orientation = 'portrait' | 'landscape';

/** Page margins in millimetres (top, right, bottom, left): the screen sheet pads by the same amounts. */
const MARGINS: Record<Orientation, [number, number, number, number]> = {
  portrait: [10, 12, 10, 12],
  landscape: [10, 10, 14, 10],
};
const PAPER: Record<Orientation, [number, number]> = { portrait: [210, 297], landscape: [297, 210] };

const PX_PER_MM = 96 / 25.4;

/** The height a printed page gives its content, in CSS pixels: the paper less its top and bottom margins. */
export function pageContentHeightPx(orientation: Orientation): number {
  const [top, , bottom] = MARGINS[orientation];
  return (PAPER[orientation][1] - top - bottom) * PX_PER_MM;
}

export const mmToPx = (mm: number) => mm * PX_PER_MM;

/** A CSS string literal: quotes and backslashes escaped, line breaks dropped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`;
}

export interface PageMarginText {
  /** Left of the footer, on every page. */
  left?: string;
  /** The page number, `before` counter(page) `middle` counter(pages) `after`. */
  pageNumber?: { before: string; middle: string; after: string };
}

const FONT = `"Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif`;

/** Page margins in mm (top, right, bottom, left). */
export type Margins = [number, number, number, number];

/** A label sheet is printed edge to edge: the label stock is cut to the paper. */
export const NO_MARGINS: Margins = [0, 0, 0, 0];

export function pageCss(orientation: Orientation, footer: PageMarginText = {}, margins: Margins = MARGINS[orientation]): string {
  const [top, right, bottom, left] = margins;
  const [width, height] = PAPER[orientation];
  const marginBoxes = [
    footer.left ? `@bottom-left { content: ${cssString(footer.left)}; font: 7.5pt ${FONT}; color: #000; }` : '',
    footer.pageNumber
      ? `@bottom-right { content: ${cssString(footer.pageNumber.before)} counter(page) ${cssString(footer.pageNumber.middle)} counter(pages) ${cssString(footer.pageNumber.after)}; font: 7.5pt ${FONT}; color: #000; }`
      : '',
  ].join('\n');
  return `
@page { size: A4 ${orientation}; margin: ${top}mm ${right}mm ${bottom}mm ${left}mm;
${marginBoxes}
}
html, body { background: #e6e9ed !important; margin: 0; }
.print-root { font-family: ${FONT}; color: #000; font-size: 10pt; line-height: 1.35; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.print-sheet { box-sizing: border-box; width: ${width}mm; min-height: ${height}mm; margin: 6mm auto; padding: ${top}mm ${right}mm ${bottom}mm ${left}mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.print-notice { margin: 20mm auto; width: 150mm; padding: 6mm; background: #fff; border: 0.3mm solid #000; font-size: 11pt; }
@media print {
  html, body { background: #fff !important; }
  .print-sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
}
${FORM_CSS}
${REGISTER_CSS}
`;
}

const FORM_CSS = `
.cf-part { break-inside: avoid; }
.cf-head { display: grid; grid-template-columns: 50mm 1fr 50mm; align-items: end; margin-bottom: 2mm; }
.cf-part-label { justify-self: start; border: 0.4mm solid #000; padding: 0.8mm 2.5mm; font-weight: 500; font-size: 10.5pt; white-space: nowrap; }
.cf-titles { text-align: center; }
.cf-center { font-size: 10.5pt; }
.cf-title { font-size: 17pt; font-weight: 500; white-space: nowrap; }
.print-root:lang(zh-CN) .cf-title { letter-spacing: 0.35em; margin-right: -0.35em; }
.cf-number { justify-self: end; text-align: right; font-size: 10pt; white-space: nowrap; }
.cf-number b { font-weight: 500; font-size: 11pt; letter-spacing: 0.02em; }
.cf-note { font-size: 7pt; line-height: 1.2; text-align: right; margin-top: 0.5mm; white-space: normal; }
/* Inset like the register's: a collapsed outer border is drawn half outside the table, and the page clipped the right one to a hairline. */
table.cf-table { width: calc(100% - 0.6mm); margin: 0 0.3mm; border-collapse: collapse; table-layout: fixed; }
table.cf-table td { border: 0.3mm solid #000; padding: 0.6mm 1.4mm; height: 7.2mm; vertical-align: middle; font-size: 9.5pt; overflow: hidden; word-break: break-word; }
table.cf-table td.cf-label { font-weight: 500; text-align: center; font-size: 9pt; line-height: 1.1; padding: 0.4mm 0.8mm; }
.print-root:lang(en) table.cf-table td.cf-label { font-size: 7.5pt; }
table.cf-table td.cf-box { vertical-align: top; padding: 1mm 1.6mm; }
.cf-fit { overflow: hidden; }
.cf-fit > div { white-space: pre-wrap; word-break: break-word; line-height: 1.4; }
.cf-blank { font-size: 8.5pt; letter-spacing: 0.05em; color: #000; }
.cf-routes { display: flex; gap: 7mm; align-items: center; }
.cf-check { display: inline-flex; align-items: center; gap: 1.4mm; white-space: nowrap; }
.cf-check svg { width: 3.6mm; height: 3.6mm; flex: none; }
.cf-signature { display: flex; align-items: center; height: 100%; }
.cf-signature img { max-height: 14mm; max-width: 70mm; object-fit: contain; }
.cf-cut { position: relative; height: 11mm; margin: 2.5mm 0; display: flex; align-items: center; }
.cf-cut::before { content: ""; position: absolute; left: 0; right: 0; top: 50%; border-top: 0.35mm dashed #000; }
.cf-cut svg { position: relative; width: 5.5mm; height: 5.5mm; background: #fff; padding-right: 1mm; }
.cf-cut span { position: relative; margin: 0 auto; background: #fff; padding: 0 3mm; font-size: 8.5pt; }
.print-root:lang(zh-CN) .cf-cut span { letter-spacing: 0.3em; }
`;

const REGISTER_CSS = `
.rg-head { text-align: center; margin-bottom: 2.5mm; }
.rg-center { font-size: 10.5pt; }
.rg-title { font-size: 16pt; font-weight: 500; }
.print-root:lang(zh-CN) .rg-title { letter-spacing: 0.25em; margin-right: -0.25em; }
.rg-filters { display: flex; justify-content: space-between; font-size: 8.5pt; margin-bottom: 1.5mm; }
.rg-filters span + span { margin-left: 6mm; }
/* Inset by half a border on each side: a collapsed outer border is drawn half outside the table, and the page would clip it. */
table.rg-table { width: calc(100% - 0.6mm); margin: 0 0.3mm; border-collapse: collapse; table-layout: fixed; font-size: 7.5pt; line-height: 1.3; }
table.rg-table thead { display: table-header-group; }
/* The register is put on pages by the sheet itself (register-pages.ts), one short table a page; should a page still
   run over when printed, its rows break whole and its header repeats. */
table.rg-table tr { break-inside: avoid; page-break-inside: avoid; }
@media print { .rg-page + .rg-page { break-before: page; } }
/* Off-screen pages of a long register are not laid out on screen (printing lays out every page). */
@media screen { .rg-paged .rg-page { content-visibility: auto; contain-intrinsic-block-size: auto 210mm; } }
table.rg-table th { border: 0.3mm solid #000; padding: 1mm 0.8mm; font-weight: 500; text-align: center; vertical-align: middle; }
table.rg-table td { border: 0.25mm solid #000; padding: 0.8mm 0.9mm; vertical-align: top; word-break: break-word; }
table.rg-table td.rg-num { text-align: center; }
table.rg-table td.rg-date { white-space: nowrap; }
.rg-late { font-weight: 500; }
.rg-closing { display: flow-root; }
.rg-totals { margin-top: 3mm; font-size: 8.5pt; }
.rg-signoff { display: flex; justify-content: space-between; margin-top: 2mm; font-size: 8.5pt; }
.rg-empty { padding: 6mm; text-align: center; border: 0.3mm solid #000; border-top: none; font-size: 9pt; }
`;
