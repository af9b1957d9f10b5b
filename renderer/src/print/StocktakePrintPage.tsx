// The print route of a count sheet (`#/print/stocktake/:id?lang=`): shown in the preview's iframe, printed by Electron's
// hidden window and by the tests into PDFs. Whoever may read the sheet may print it.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import { api, mayCall } from '../../../shared/api';
import { isUiLanguage } from '../../../shared/i18n/resources';
import { readStocktakeSearch } from '../../../shared/print/routes';
import { useCurrentUser } from '../app/session';
import { errorMessage } from '../lib/errors';
import { useApiQuery } from '../lib/queries';
import { printFormat } from './format';
import { PrintDocument, PrintNotice, useGlyphsLoaded } from './PrintDocument';
import { StocktakeSheet } from './StocktakeSheet';

/** Whether the signed-in user may print count sheets (the server refuses others anyway). */
export function useMayPrintStocktakes(): boolean {
  return mayCall(api['stocktakes.get'].access, useCurrentUser().roles);
}

export function StocktakePrintPage() {
  const { id } = useParams();
  const location = useLocation();
  const ui = useTranslation().i18n.language;
  const { lang } = readStocktakeSearch(location.search, isUiLanguage(ui) ? ui : 'zh-CN');
  const { t, i18n } = useTranslation('stocktakes', { lng: lang });
  const print = useTranslation('print', { lng: lang });
  const errors = useTranslation('errors', { lng: lang });
  const mayPrint = useMayPrintStocktakes();
  const sheetId = Number(id);
  const valid = Number.isSafeInteger(sheetId) && sheetId > 0;
  const sheet = useApiQuery('stocktakes.get', { id: sheetId }, { enabled: valid && mayPrint });
  const settings = useApiQuery('settings.get', {}, { enabled: mayPrint });
  const format = useMemo(() => printFormat(settings.data?.timeZone), [settings.data?.timeZone]);
  const fetched = sheet.data && settings.data;
  const glyphs = useMemo(
    () => (fetched ? JSON.stringify([sheet.data, settings.data?.centerName, i18n.getResourceBundle(lang, 'stocktakes')]) : null),
    [fetched, sheet.data, settings.data?.centerName, i18n, lang],
  );
  const glyphsLoaded = useGlyphsLoaded(glyphs);

  if (!mayPrint) return <PrintNotice lang={lang}>{print.t('page.notPermitted')}</PrintNotice>;
  if (!valid) return <PrintNotice lang={lang}>{print.t('page.badAddress')}</PrintNotice>;
  const failed = sheet.error ?? settings.error;
  if (failed) return <PrintNotice lang={lang}>{errorMessage(errors.t, failed)}</PrintNotice>;
  const ready = fetched && glyphsLoaded;
  const bins = sheet.data?.bins ?? [];
  const binsText = bins.length === 0 ? t('wholeStore') : bins.map((bin) => bin || t('noBin')).join('、');
  return (
    <PrintDocument orientation="portrait" lang={lang} status={ready ? 'ready' : 'loading'}>
      {ready && sheet.data && settings.data && (
        <StocktakeSheet sheet={sheet.data} centerName={settings.data.centerName} binsText={binsText} lang={lang} t={t} format={format} />
      )}
    </PrintDocument>
  );
}
