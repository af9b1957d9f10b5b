// A Code 128 barcode drawn by bwip-js (Barcode Writer in Pure PostScript; MIT), as vector bars in the page: the PDF and
// the printer get sharp edges at any resolution. The width of a module is chosen by shared/parts/labels.ts.
import { code128, drawingSVG } from 'bwip-js/browser';
import { useMemo } from 'react';
import { BAR_HEIGHT_MM, barcodeSize, QUIET_ZONE_MODULES } from '../../../shared/parts/labels';

interface Symbol {
  svg: string;
  /** Modules across, quiet zones included. */
  modules: number;
}

/** The bars of `text` as an SVG that stretches to its box (the quiet zones are inside it, white). */
export function code128Svg(text: string): Symbol {
  const svg = code128({ bcid: 'code128', text, scale: 1, height: BAR_HEIGHT_MM, includetext: false, paddingwidth: QUIET_ZONE_MODULES }, drawingSVG());
  const viewBox = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg);
  if (!viewBox) throw new Error('bwip-js drew no viewBox');
  // At scale 1 a module is one unit of the viewBox; the box is stretched to the size the label chose.
  const stretched = svg.replace('<svg ', '<svg width="100%" height="100%" preserveAspectRatio="none" ');
  return { svg: stretched, modules: Number(viewBox[1]) };
}

export function Barcode({ text, availableMm, testId }: { text: string; availableMm: number; testId?: string }) {
  const symbol = useMemo(() => {
    try {
      return code128Svg(text);
    } catch {
      return null;
    }
  }, [text]);
  if (!symbol) return <div className="lb-bars lb-bars-none" style={{ height: `${BAR_HEIGHT_MM}mm` }} data-testid={testId} />;
  const size = barcodeSize(symbol.modules, availableMm);
  return (
    <div
      className="lb-bars"
      style={{ width: `${size.widthMm}mm`, height: `${BAR_HEIGHT_MM}mm` }}
      data-testid={testId}
      data-module-mm={size.moduleMm.toFixed(3)}
      data-readable={size.readable}
      // The library's own SVG: bars only (no text), from a code the store holds.
      dangerouslySetInnerHTML={{ __html: symbol.svg }}
    />
  );
}
