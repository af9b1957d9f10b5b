// The print route of a purchase request (`#/print/purchase/:id?lang=`), outside the app frame: shown in the preview's
// iframe, loaded by Electron's hidden print window, rendered by the tests into a PDF. Whoever reads purchase requests
// may print one.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import { api, mayCall } from '../../../shared/api';
import { isUiLanguage } from '../../../shared/i18n/resources';
import { readPrintLanguage } from '../../../shared/print/routes';
import { useCurrentUser } from '../app/session';
import { errorMessage } from '../lib/errors';
import { useApiQuery } from '../lib/queries';
import { printFormat } from './format';
import { PrintDocument, PrintNotice, useGlyphsLoaded } from './PrintDocument';
import { PurchaseFormSheet } from './PurchaseFormSheet';

export function useMayPrintPurchases(): boolean {
  return mayCall(api['purchases.get'].access, useCurrentUser().roles);
}

export function PurchasePrintPage() {
  const { id } = useParams();
  const location = useLocation();
  const { i18n } = useTranslation();
  const lang = readPrintLanguage(location.search, isUiLanguage(i18n.language) ? i18n.language : 'zh-CN');
  const { t } = useTranslation('purchases', { lng: lang });
  const print = useTranslation('print', { lng: lang });
  const errors = useTranslation('errors', { lng: lang });
  const mayPrint = useMayPrintPurchases();
  const purchaseId = Number(id);
  const valid = Number.isSafeInteger(purchaseId) && purchaseId > 0;
  const request = useApiQuery('purchases.get', { id: purchaseId }, { enabled: valid && mayPrint });
  const settings = useApiQuery('settings.get', {}, { enabled: mayPrint });
  const format = useMemo(() => printFormat(settings.data?.timeZone), [settings.data?.timeZone]);
  // Every character the sheet prints, loaded before it says it is ready.
  const glyphs = useMemo(
    () => (request.data && settings.data ? JSON.stringify([request.data, settings.data.centerName, i18n.getResourceBundle(lang, 'purchases')]) : null),
    [request.data, settings.data, i18n, lang],
  );
  const glyphsLoaded = useGlyphsLoaded(glyphs);

  if (!mayPrint) return <PrintNotice lang={lang}>{print.t('page.notPermitted')}</PrintNotice>;
  if (!valid) return <PrintNotice lang={lang}>{print.t('page.badAddress')}</PrintNotice>;
  const failed = request.error ?? settings.error;
  if (failed) return <PrintNotice lang={lang}>{errorMessage(errors.t, failed)}</PrintNotice>;
  const ready = request.data && settings.data && glyphsLoaded;
  return (
    <PrintDocument orientation="portrait" lang={lang} status={ready ? 'ready' : 'loading'}>
      {ready && request.data && settings.data && <PurchaseFormSheet request={request.data} centerName={settings.data.centerName} lang={lang} t={t} format={format} />}
    </PrintDocument>
  );
}
