// The frame of every print page: its CSS, its language, and the ready signal. `document.body.dataset.printReady` is
// 'true' once the data is on the page, every glyph of the bundled font it needs is loaded, the free-text boxes are
// fitted and the images decoded ('error' when it cannot be printed): the contract Electron's hidden window and the
// tests wait for, instead of a fixed delay.
import { createContext, useContext, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { pageCss, type Margins, type Orientation, type PageMarginText } from './styles';

type Stage = 'loading' | 'fitting' | 'ready' | 'error';

/** Set when the fonts are loaded, so the text boxes can measure themselves with the glyphs they will print with. */
const FontsLoaded = createContext(false);

/** Whether the page's glyphs are loaded, so what is measured now is what will print. */
export const useFontsLoaded = () => useContext(FontsLoaded);

/** The bundled font at a weight the print pages use: regular text (400), headings and labels (500). */
const fontProbe = (weight: 400 | 500) => `${weight} 10pt "Noto Sans SC"`;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Waits until the fonts the laid-out page uses are loaded. A hidden window runs no animation frames, so this forces a
 * layout instead of waiting for one; the bundled font comes in unicode-range subsets that load as text needs them.
 */
async function fontsSettled(extraText: string): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    void document.body.offsetHeight;
    await nextTask();
    // Text the page does not lay out itself (the page footer in the @page margin) loads its glyphs here.
    if (extraText) await document.fonts.load(fontProbe(400), extraText).catch(() => []);
    await document.fonts.ready;
    if (document.fonts.status === 'loaded') return;
  }
}

/**
 * Whether the bundled font's glyphs for `text` are loaded (false while `text` is null). A long page (the register)
 * asks for them before it is laid out: each subset arriving later would lay the whole page out again.
 */
export function useGlyphsLoaded(text: string | null): boolean {
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  useEffect(() => {
    if (text === null) return;
    let cancelled = false;
    const chars = [...new Set(text)].join('');
    void Promise.all(([400, 500] as const).map((weight) => document.fonts.load(fontProbe(weight), chars).catch(() => [])))
      .then(() => {
        if (!cancelled) setLoadedFor(text);
      });
    return () => {
      cancelled = true;
    };
  }, [text]);
  return text !== null && loadedFor === text;
}

async function imagesDecoded(): Promise<void> {
  await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
}

export function PrintDocument({
  orientation,
  lang,
  status,
  footer,
  margins,
  css = '',
  children,
}: {
  orientation: Orientation;
  lang: string;
  status: 'loading' | 'ready' | 'error';
  footer?: PageMarginText;
  /** The page's own margins (a label sheet has none); by default the orientation's. */
  margins?: Margins;
  /** The document's own CSS, after the common one. */
  css?: string;
  children: ReactNode;
}) {
  // How far the page got once its data is there: glyphs loaded, boxes fitted, ready.
  const [progress, setProgress] = useState<'fonts' | 'fitting' | 'ready'>('fonts');
  const stage: Stage = status === 'ready' ? (progress === 'fonts' ? 'loading' : progress) : status;
  const marginText = footer ? [footer.left ?? '', footer.pageNumber?.before ?? '', footer.pageNumber?.middle ?? '', footer.pageNumber?.after ?? ''].join(' ') : '';

  useEffect(() => {
    if (status !== 'ready' || progress !== 'fonts') return;
    let cancelled = false;
    void (async () => {
      await fontsSettled(marginText);
      if (!cancelled) setProgress('fitting');
    })();
    return () => {
      cancelled = true;
    };
  }, [status, progress, marginText]);

  useEffect(() => {
    if (status !== 'ready' || progress !== 'fitting') return;
    let cancelled = false;
    void (async () => {
      // The boxes fitted themselves in the commit that set `fitting`; a shortened text may need glyphs of its own.
      await fontsSettled(marginText);
      await imagesDecoded();
      if (!cancelled) setProgress('ready');
    })();
    return () => {
      cancelled = true;
    };
  }, [status, progress, marginText]);

  useEffect(() => {
    if (stage === 'ready') document.body.dataset.printReady = 'true';
    else if (stage === 'error') document.body.dataset.printReady = 'error';
    else delete document.body.dataset.printReady;
  }, [stage]);
  useEffect(() => () => void delete document.body.dataset.printReady, []);

  return (
    <FontsLoaded.Provider value={stage === 'fitting' || stage === 'ready'}>
      <style>{pageCss(orientation, footer, margins) + css}</style>
      <div className="print-root" lang={lang} data-testid="print-root" data-print-stage={stage}>
        {children}
      </div>
    </FontsLoaded.Provider>
  );
}

const BASE_PT = 9.5;
const MIN_PT = 7;

/**
 * A free-text box of fixed height, as on the paper form: the text shrinks (down to 7 pt) until it fits; what still does
 * not fit ends with `overflowNote(total length)`, which says where the whole text is. The text is written by hand into
 * the DOM so it can be measured and shortened before the page says it is ready.
 */
export function FitText({ text, heightMm, overflowNote, testId }: { text: string; heightMm: number; overflowNote: (length: number) => string; testId?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const fontsLoaded = useContext(FontsLoaded);

  useLayoutEffect(() => {
    const outer = box.current;
    const content = inner.current;
    if (!outer || !content) return;
    content.style.fontSize = `${BASE_PT}pt`;
    content.textContent = text;
    if (!fontsLoaded) return;
    const overflows = () => content.scrollHeight > outer.clientHeight + 0.5;
    let size = BASE_PT;
    while (overflows() && size > MIN_PT) {
      size -= 0.5;
      content.style.fontSize = `${size}pt`;
    }
    if (!overflows()) return;
    const chars = [...text];
    const note = overflowNote(chars.length);
    let low = 0;
    let high = chars.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      content.textContent = chars.slice(0, middle).join('') + note;
      if (overflows()) high = middle - 1;
      else low = middle;
    }
    content.textContent = chars.slice(0, low).join('') + note;
  }, [text, fontsLoaded, overflowNote]);

  return (
    <div className="cf-fit" ref={box} style={{ height: `${heightMm}mm` }} data-testid={testId}>
      <div ref={inner} />
    </div>
  );
}

/** What a print page shows instead of the document (not permitted, not found): also the ready signal's 'error'. */
export function PrintNotice({ lang, children }: { lang: string; children: ReactNode }) {
  return (
    <PrintDocument orientation="portrait" lang={lang} status="error">
      <div className="print-notice" role="alert" data-testid="print-notice">
        {children}
      </div>
    </PrintDocument>
  );
}
