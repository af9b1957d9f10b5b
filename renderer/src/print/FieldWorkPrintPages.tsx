// The print routes of a spare replacement notice (`#/print/replacement/:id?lang=`) and a scrap record
// (`#/print/scrap/:id?lang=`), outside the app frame: shown in the preview's iframe, loaded by Electron's hidden print
// window, rendered by the tests into PDFs. Whoever reads the record may print it.
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import { api, mayCall } from '../../../shared/api';
import type { Language } from '../../../shared/api/common';
import { isUiLanguage } from '../../../shared/i18n/resources';
import { readPrintLanguage } from '../../../shared/print/routes';
import { useCurrentUser } from '../app/session';
import { errorMessage } from '../lib/errors';
import { useApiQuery } from '../lib/queries';
import { printFormat, type PrintFormat } from './format';
import { PrintDocument, PrintNotice, useGlyphsLoaded } from './PrintDocument';
import { ReplacementFormSheet } from './ReplacementFormSheet';
import { ScrapFormSheet } from './ScrapFormSheet';

function usePrintFrame(namespace: 'replacements' | 'scrap') {
  const { id } = useParams();
  const location = useLocation();
  const { i18n } = useTranslation();
  const lang: Language = readPrintLanguage(location.search, isUiLanguage(i18n.language) ? i18n.language : 'zh-CN');
  const recordId = Number(id);
  return { lang, recordId, valid: Number.isSafeInteger(recordId) && recordId > 0, i18n, namespace };
}

/** The frame around a sheet: refusals and errors in the sheet's language, the ready signal once every glyph is loaded. */
function SheetDocument({
  lang,
  namespace,
  mayPrint,
  valid,
  record,
  error,
  render,
}: {
  lang: Language;
  namespace: 'replacements' | 'scrap';
  mayPrint: boolean;
  valid: boolean;
  record: unknown;
  error: unknown;
  render: (centerName: string, format: PrintFormat) => ReactNode;
}) {
  const { i18n } = useTranslation();
  const print = useTranslation('print', { lng: lang });
  const errors = useTranslation('errors', { lng: lang });
  const settings = useApiQuery('settings.get', {}, { enabled: mayPrint });
  const format = useMemo(() => printFormat(settings.data?.timeZone), [settings.data?.timeZone]);
  const glyphs = useMemo(
    () => (record && settings.data ? JSON.stringify([record, settings.data.centerName, i18n.getResourceBundle(lang, namespace)]) : null),
    [record, settings.data, i18n, lang, namespace],
  );
  const glyphsLoaded = useGlyphsLoaded(glyphs);
  if (!mayPrint) return <PrintNotice lang={lang}>{print.t('page.notPermitted')}</PrintNotice>;
  if (!valid) return <PrintNotice lang={lang}>{print.t('page.badAddress')}</PrintNotice>;
  const failed = error ?? settings.error;
  if (failed) return <PrintNotice lang={lang}>{errorMessage(errors.t, failed)}</PrintNotice>;
  const ready = Boolean(record) && settings.data !== undefined && glyphsLoaded;
  return (
    <PrintDocument orientation="portrait" lang={lang} status={ready ? 'ready' : 'loading'}>
      {ready && settings.data && render(settings.data.centerName, format)}
    </PrintDocument>
  );
}

export function ReplacementPrintPage() {
  const { lang, recordId, valid } = usePrintFrame('replacements');
  const { t } = useTranslation('replacements', { lng: lang });
  const mayPrint = mayCall(api['replacements.get'].access, useCurrentUser().roles);
  const notice = useApiQuery('replacements.get', { id: recordId }, { enabled: valid && mayPrint });
  return (
    <SheetDocument
      lang={lang}
      namespace="replacements"
      mayPrint={mayPrint}
      valid={valid}
      record={notice.data}
      error={notice.error}
      render={(centerName, format) => notice.data && <ReplacementFormSheet notice={notice.data} centerName={centerName} lang={lang} t={t} format={format} />}
    />
  );
}

export function ScrapPrintPage() {
  const { lang, recordId, valid } = usePrintFrame('scrap');
  const { t } = useTranslation('scrap', { lng: lang });
  const mayPrint = mayCall(api['scrap.get'].access, useCurrentUser().roles);
  const record = useApiQuery('scrap.get', { id: recordId }, { enabled: valid && mayPrint });
  return (
    <SheetDocument
      lang={lang}
      namespace="scrap"
      mayPrint={mayPrint}
      valid={valid}
      record={record.data}
      error={record.error}
      render={(centerName, format) => record.data && <ScrapFormSheet record={record.data} centerName={centerName} lang={lang} t={t} format={format} />}
    />
  );
}
