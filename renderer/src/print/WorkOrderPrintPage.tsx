// The print route of a work order (`#/print/work-order/:id?lang=`), outside the app frame: shown in the preview's
// iframe, loaded by Electron's hidden print window, rendered by the tests into a PDF. As for purchase requests, whoever
// reads work orders may print one.
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
import { WorkOrderFormSheet } from './WorkOrderFormSheet';

export function useMayPrintWorkOrders(): boolean {
  return mayCall(api['workOrders.get'].access, useCurrentUser().roles);
}

export function WorkOrderPrintPage() {
  const { id } = useParams();
  const location = useLocation();
  const { i18n } = useTranslation();
  const lang = readPrintLanguage(location.search, isUiLanguage(i18n.language) ? i18n.language : 'zh-CN');
  const { t } = useTranslation('workOrders', { lng: lang });
  const print = useTranslation('print', { lng: lang });
  const errors = useTranslation('errors', { lng: lang });
  const mayPrint = useMayPrintWorkOrders();
  const orderId = Number(id);
  const valid = Number.isSafeInteger(orderId) && orderId > 0;
  const order = useApiQuery('workOrders.get', { id: orderId }, { enabled: valid && mayPrint });
  const settings = useApiQuery('settings.get', {}, { enabled: mayPrint });
  const format = useMemo(() => printFormat(settings.data?.timeZone), [settings.data?.timeZone]);
  // Every character the sheet prints (not the signature's image data), loaded before it says it is ready.
  const glyphs = useMemo(
    () => (order.data && settings.data ? JSON.stringify([{ ...order.data, signature: null }, settings.data.centerName, i18n.getResourceBundle(lang, 'workOrders')]) : null),
    [order.data, settings.data, i18n, lang],
  );
  const glyphsLoaded = useGlyphsLoaded(glyphs);

  if (!mayPrint) return <PrintNotice lang={lang}>{print.t('page.notPermitted')}</PrintNotice>;
  if (!valid) return <PrintNotice lang={lang}>{print.t('page.badAddress')}</PrintNotice>;
  const failed = order.error ?? settings.error;
  if (failed) return <PrintNotice lang={lang}>{errorMessage(errors.t, failed)}</PrintNotice>;
  const ready = order.data && settings.data && glyphsLoaded;
  return (
    <PrintDocument orientation="portrait" lang={lang} status={ready ? 'ready' : 'loading'}>
      {ready && order.data && settings.data && <WorkOrderFormSheet order={order.data} centerName={settings.data.centerName} lang={lang} t={t} format={format} />}
    </PrintDocument>
  );
}
