// The preview part of both print screens: the print route in an iframe at paper size, and Print / Save as PDF. In
// Electron both go through window.api.print (a hidden window, electron/main/print.ts); in the browser both open the
// iframe's print dialog, where "Save as PDF" is a destination.
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../app/notify';
import { desktopApi } from '../lib/api';
import { mmToPx, type Orientation } from './styles';

const PAPER_WIDTH_MM: Record<Orientation, number> = { portrait: 210, landscape: 297 };
const FRAME_HEIGHT_MM: Record<Orientation, number> = { portrait: 309, landscape: 222 };
/** The sheet's frame: the paper and 8 px either side for its shadow. */
const FRAME_GUTTER_PX = 16;

/**
 * How much the paper must shrink to fit the width the preview has (1 when it fits): a landscape A4 sheet is wider than
 * the content of a 1366 px screen, and the preview should not scroll sideways.
 */
function useFitScale(box: RefObject<HTMLDivElement | null>, frameWidthPx: number): number {
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      const style = getComputedStyle(element);
      const available = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      setScale(available > 0 ? Math.min(1, available / frameWidthPx) : 1);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [box, frameWidthPx]);
  return scale;
}

type FrameState = 'loading' | 'ready' | 'error';

/** Reads the print page's ready signal inside the iframe (same origin) until it says ready or error. */
function useFrameReady(frame: RefObject<HTMLIFrameElement | null>, src: string): FrameState {
  const [state, setState] = useState<{ src: string; value: FrameState }>({ src, value: 'loading' });
  useEffect(() => {
    const timer = setInterval(() => {
      const signal = frame.current?.contentDocument?.body?.dataset.printReady;
      const value: FrameState = signal === 'true' ? 'ready' : signal === 'error' ? 'error' : 'loading';
      setState((previous) => (previous.src === src && previous.value === value ? previous : { src, value }));
    }, 200);
    return () => clearInterval(timer);
  }, [frame, src]);
  return state.src === src ? state.value : 'loading';
}

export function PrintPreview({
  route,
  orientation,
  fileName,
  controls,
}: {
  /** The print route (shared/print/routes.ts), without the `#`. */
  route: string;
  orientation: Orientation;
  /** The PDF's suggested file name in the desktop app's save dialog. */
  fileName: string;
  controls: ReactNode;
}) {
  const { t } = useTranslation('print');
  const notify = useNotify();
  const frame = useRef<HTMLIFrameElement>(null);
  const src = `${window.location.pathname}${window.location.search}#${route}`;
  const state = useFrameReady(frame, src);
  const [busy, setBusy] = useState(false);
  const desktop = desktopApi();

  const print = async (pdf: boolean) => {
    if (!desktop) {
      // The browser prints the iframe's own document, with its @page size and margins.
      frame.current?.contentWindow?.focus();
      frame.current?.contentWindow?.print();
      return;
    }
    setBusy(true);
    try {
      const result = await desktop.print(route, { pdf, fileName });
      if (!result.ok) {
        const reason = result.error.reason?.replace(/^print\./, '') ?? '';
        const known = ['timeout', 'error', 'gone', 'route', 'failed'].includes(reason) ? reason : 'other';
        notify(t('preview.failed', { reason: t(`preview.failures.${known}`) }), 'error');
      } else if (result.value.outcome === 'saved') notify(t('preview.saved', { path: result.value.path ?? '' }));
      else if (result.value.outcome === 'printed') notify(t('preview.printed'));
    } finally {
      setBusy(false);
    }
  };

  const frameWidth = mmToPx(PAPER_WIDTH_MM[orientation]) + FRAME_GUTTER_PX;
  const frameHeight = mmToPx(FRAME_HEIGHT_MM[orientation]);
  const paperBox = useRef<HTMLDivElement>(null);
  const scale = useFitScale(paperBox, frameWidth);
  return (
    <Stack spacing={1.5}>
      {/* The choices wrap among themselves; the buttons stay together on the first line, each on one line. */}
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', flex: '1 1 auto', minWidth: 0 }}>
          {controls}
        </Stack>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexShrink: 0, minHeight: 40 }}>
          {state === 'loading' && (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="print-preparing">
              <CircularProgress size={16} />
              <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                {t('preview.preparing')}
              </Typography>
            </Stack>
          )}
          <Button
            variant="contained"
            startIcon={<PrintOutlined />}
            disabled={state !== 'ready' || busy}
            onClick={() => void print(false)}
            sx={{ whiteSpace: 'nowrap' }}
            data-testid="print-button"
          >
            {t('preview.print')}
          </Button>
          <Button
            variant="outlined"
            startIcon={<PictureAsPdfOutlined />}
            disabled={state !== 'ready' || busy}
            onClick={() => void print(true)}
            sx={{ whiteSpace: 'nowrap' }}
            data-testid="save-pdf-button"
          >
            {t('preview.savePdf')}
          </Button>
        </Stack>
      </Stack>
      {!desktop && (
        <Alert severity="info" data-testid="print-browser-hint">
          {t('preview.browserHint')}
        </Alert>
      )}
      <Box ref={paperBox} sx={{ bgcolor: '#e6e9ed', borderRadius: 1, p: 1.5, overflow: 'hidden' }} data-testid="print-paper">
        {/* The paper at its size inside, shrunk as a whole to the width there is: what is printed does not change. */}
        <Box sx={{ mx: 'auto', width: frameWidth * scale, height: frameHeight * scale }}>
          <Box
            component="iframe"
            ref={frame}
            key={src}
            src={src}
            title={t('preview.frameTitle')}
            data-testid="print-frame"
            data-ready={state}
            data-scale={scale.toFixed(3)}
            sx={{
              display: 'block',
              border: 0,
              width: frameWidth,
              height: frameHeight,
              bgcolor: '#e6e9ed',
              transform: `scale(${scale})`,
              transformOrigin: 'top left',
            }}
          />
        </Box>
      </Box>
    </Stack>
  );
}
