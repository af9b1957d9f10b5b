// Sheets of labels (标签): 3 × 8 to an A4 page edge to edge, each label a part (its barcode, code, name, spec and bin)
// or a bin (库位: its barcode and name in large type). The page has no margins: the label stock is cut to the paper.
import type { TFunction } from 'i18next';
import type { PartSummary } from '../../../shared/api/parts';
import { LABEL_SHEET, labelSheets } from '../../../shared/parts/labels';
import { Barcode } from './Barcode';

export type Label = { kind: 'part'; part: PartSummary } | { kind: 'bin'; bin: string };

const BARS_MM = LABEL_SHEET.widthMm - 2 * LABEL_SHEET.paddingMm;

function PartLabel({ part, t }: { part: PartSummary; t: TFunction<'print'> }) {
  return (
    <>
      <Barcode text={part.code} availableMm={BARS_MM} testId="label-bars" />
      <div className="lb-code" data-testid="label-code">
        {part.code}
      </div>
      <div className="lb-name">{part.name}</div>
      {part.spec !== '' && <div className="lb-line">{part.spec}</div>}
      <div className="lb-line lb-bin">
        {part.bin !== '' && (
          <>
            <span className="lb-caption">{t('labels.bin')}</span> {part.bin}
          </>
        )}
        <span className="lb-unit">{t('labels.unit', { unit: part.unit })}</span>
      </div>
    </>
  );
}

function BinLabel({ bin, t }: { bin: string; t: TFunction<'print'> }) {
  return (
    <>
      <div className="lb-caption lb-bin-caption">{t('labels.binTitle')}</div>
      <Barcode text={bin} availableMm={BARS_MM} testId="label-bars" />
      <div className="lb-bin-code" data-testid="label-code">
        {bin}
      </div>
    </>
  );
}

export function PartLabelsSheet({ labels, t }: { labels: Label[]; t: TFunction<'print'> }) {
  return (
    <>
      {labelSheets(labels).map((sheet, index) => (
        <div key={index} className="print-sheet lb-sheet" data-testid="label-sheet">
          {sheet.map((label, position) => (
            <div key={position} className={`lb-label lb-${label.kind}`} data-testid={`label-${label.kind}`}>
              {label.kind === 'part' ? <PartLabel part={label.part} t={t} /> : <BinLabel bin={label.bin} t={t} />}
            </div>
          ))}
        </div>
      ))}
    </>
  );
}

const { columns, rows, widthMm, heightMm, paddingMm } = LABEL_SHEET;

/**
 * The labels' CSS: a fixed grid of the label stock's size; text never grows a label (it is cut with an ellipsis). The
 * content sits in the middle of its label, away from the paper's edges a printer may not reach.
 */
export const LABELS_CSS = `
.lb-sheet { display: grid; grid-template-columns: repeat(${columns}, ${widthMm}mm); grid-template-rows: repeat(${rows}, ${heightMm}mm);
  align-content: start; padding: 0 !important; min-height: 297mm; }
@media print { .lb-sheet { width: 210mm !important; height: 297mm; overflow: hidden; } .lb-sheet + .lb-sheet { break-before: page; } }
@media screen { .lb-label { outline: 0.1mm dashed #b8bec6; outline-offset: -0.05mm; } }
.lb-label { box-sizing: border-box; width: ${widthMm}mm; height: ${heightMm}mm; padding: ${paddingMm}mm; overflow: hidden;
  display: flex; flex-direction: column; align-items: center; justify-content: center; background: #fff; }
.lb-bars { flex: none; }
.lb-bars svg { display: block; }
.lb-code { font-size: 10pt; font-weight: 500; letter-spacing: 0.06em; line-height: 1.2; margin-top: 0.6mm; white-space: nowrap; }
.lb-name, .lb-line { align-self: stretch; text-align: center; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.lb-name { font-size: 9.5pt; font-weight: 500; line-height: 1.3; margin-top: 0.4mm; }
.lb-line { font-size: 8pt; line-height: 1.3; }
.lb-bin { display: flex; justify-content: center; gap: 3mm; }
.lb-caption { font-size: 7.5pt; }
.lb-bin-caption { margin-bottom: 1mm; letter-spacing: 0.1em; }
.lb-bin-code { font-size: 20pt; font-weight: 500; line-height: 1.15; margin-top: 0.8mm; white-space: nowrap; max-width: 100%; overflow: hidden; text-overflow: ellipsis; }
`;
