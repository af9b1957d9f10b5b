// Reading the barcodes of a printed page the way a scanner would: the PDF rendered to grey pixels at a printer's
// resolution (pdftoppm), each label's area decoded by ZXing (@zxing/library, an independent Code 128 reader).
import { BarcodeFormat, BinaryBitmap, DecodeHintType, HybridBinarizer, MultiFormatReader, RGBLuminanceSource } from '@zxing/library';
import { pdfGreyPage } from './pdf';

const HINTS = new Map<DecodeHintType, unknown>([
  [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.CODE_128]],
  [DecodeHintType.TRY_HARDER, true],
]);

/** The text of the Code 128 barcode inside the box (pixels), or null when none reads. */
function decodeBox(page: { width: number; pixels: Uint8Array }, box: { x: number; y: number; width: number; height: number }): string | null {
  const crop = new Uint8ClampedArray(box.width * box.height);
  for (let row = 0; row < box.height; row += 1) {
    const start = (box.y + row) * page.width + box.x;
    crop.set(page.pixels.subarray(start, start + box.width), row * box.width);
  }
  const reader = new MultiFormatReader();
  try {
    return reader.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(crop, box.width, box.height))), HINTS).getText();
  } catch {
    return null;
  }
}

/**
 * The barcode of every label of a page of a label sheet (columns × rows, edge to edge on A4), left to right and top to
 * bottom, rendered at `dpi`: null for a label that does not read (or is empty).
 */
export function decodeLabelSheet(file: string, page: number, dpi: number, columns: number, rows: number, count: number): Array<string | null> {
  const grey = pdfGreyPage(file, page, dpi);
  const cellWidth = Math.floor(grey.width / columns);
  const cellHeight = Math.floor(grey.height / rows);
  const codes: Array<string | null> = [];
  for (let index = 0; index < count; index += 1) {
    const box = { x: (index % columns) * cellWidth, y: Math.floor(index / columns) * cellHeight, width: cellWidth, height: cellHeight };
    codes.push(decodeBox(grey, box));
  }
  return codes;
}
