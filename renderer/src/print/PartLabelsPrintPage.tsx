// The print route of a label sheet: `#/print/part-labels?parts=1,2,3&lang=` or `?bins=A-01,A-02&lang=`. Parts are read
// in the order asked; a part that no longer exists is left out (the preview says how many were found).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { api, mayCall } from '../../../shared/api';
import { readPartLabelsSearch, type PartLabelsPrint } from '../../../shared/print/routes';
import { isUiLanguage } from '../../../shared/i18n/resources';
import { useCurrentUser } from '../app/session';
import { errorMessage } from '../lib/errors';
import { useApiQuery } from '../lib/queries';
import { PartLabelsSheet, LABELS_CSS, type Label } from './PartLabelsSheet';
import { PrintDocument, PrintNotice, useGlyphsLoaded } from './PrintDocument';
import { NO_MARGINS } from './styles';

/** Whether the signed-in user may print the store's labels: whoever reads the store. */
export function useMayPrintLabels(): boolean {
  return mayCall(api['parts.summaries'].access, useCurrentUser().roles);
}

function LabelsDocument({ query }: { query: PartLabelsPrint }) {
  const { lang } = query;
  const { t, i18n } = useTranslation('print', { lng: lang });
  const errors = useTranslation('errors', { lng: lang });
  const parts = useApiQuery('parts.summaries', { ids: query.parts ?? [] }, { enabled: query.parts !== undefined });
  const labels = useMemo<Label[] | null>(() => {
    if (query.bins) return query.bins.map((bin) => ({ kind: 'bin', bin }));
    return parts.data ? parts.data.items.map((part) => ({ kind: 'part', part })) : null;
  }, [query.bins, parts.data]);
  const glyphs = useMemo(() => (labels ? JSON.stringify([labels, i18n.getResourceBundle(lang, 'print')]) : null), [labels, i18n, lang]);
  const glyphsLoaded = useGlyphsLoaded(glyphs);

  if (parts.error) return <PrintNotice lang={lang}>{errorMessage(errors.t, parts.error)}</PrintNotice>;
  if (labels && labels.length === 0) return <PrintNotice lang={lang}>{t('labels.none')}</PrintNotice>;
  const ready = labels !== null && glyphsLoaded;
  return (
    <PrintDocument orientation="portrait" lang={lang} status={ready ? 'ready' : 'loading'} margins={NO_MARGINS} css={LABELS_CSS}>
      {ready && <PartLabelsSheet labels={labels} t={t} />}
    </PrintDocument>
  );
}

export function PartLabelsPrintPage() {
  const location = useLocation();
  const { i18n } = useTranslation();
  const uiLanguage = isUiLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const query = readPartLabelsSearch(location.search, uiLanguage);
  const lang = query?.lang ?? uiLanguage;
  const { t } = useTranslation('print', { lng: lang });
  if (!useMayPrintLabels()) return <PrintNotice lang={lang}>{t('page.notPermitted')}</PrintNotice>;
  if (!query) return <PrintNotice lang={lang}>{t('page.badAddress')}</PrintNotice>;
  return <LabelsDocument query={query} />;
}
