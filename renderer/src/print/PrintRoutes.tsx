// The print routes, outside the app frame: `#/print/complaint/:id?part=&lang=`,
// The print routes, outside the app frame: `#/print/complaint/:id?part=&lang=`,
// `#/print/complaint-register?from=&to=&departmentId=&state=&lang=`, `#/print/stocktake/:id?lang=`,
// `#/print/purchase/:id?lang=`, `#/print/work-order/:id?lang=` and `#/print/part-labels?parts=|bins=&lang=`. The same pages are shown in the preview's
// iframe, loaded by Electron's hidden print window, and rendered by the tests into PDFs. They need the signed-in session.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation, useParams } from 'react-router-dom';
import { api, mayCall } from '../../../shared/api';
import { isUiLanguage, type UiLanguage } from '../../../shared/i18n/resources';
import { COMPLAINT_STATES } from '../../../shared/complaints/route';
import {
  COMPLAINT_FORM_PRINT_PATH,
  COMPLAINT_REGISTER_PRINT_PATH,
  STOCKTAKE_PRINT_PATH,
  PURCHASE_FORM_PRINT_PATH,
  PART_LABELS_PRINT_PATH,
  WORK_ORDER_PRINT_PATH,
  REPLACEMENT_FORM_PRINT_PATH,
  SCRAP_FORM_PRINT_PATH,
  readComplaintFormSearch,
  readRegisterSearch,
  type ComplaintRegisterPrint,
} from '../../../shared/print/routes';
import { useCurrentUser } from '../app/session';
import { departmentName } from '../features/departments';
import { errorMessage } from '../lib/errors';
import { useApiQuery } from '../lib/queries';
import { ComplaintFormSheet } from './ComplaintFormSheet';
import { ComplaintRegisterSheet } from './ComplaintRegisterSheet';
import { PartLabelsPrintPage } from './PartLabelsPrintPage';
import { printFormat } from './format';
import { PrintDocument, PrintNotice, useGlyphsLoaded } from './PrintDocument';
import { StocktakePrintPage } from './StocktakePrintPage';
import { PurchasePrintPage } from './PurchasePrintPage';
import { WorkOrderPrintPage } from './WorkOrderPrintPage';
import { ReplacementPrintPage, ScrapPrintPage } from './FieldWorkPrintPages';

function useUiLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  return isUiLanguage(i18n.language) ? i18n.language : 'zh-CN';
}

/** Whether the signed-in user may print complaint forms and the register (the server refuses others anyway). */
export function useMayPrintComplaints(): boolean {
  const me = useCurrentUser();
  return mayCall(api['complaints.register'].access, me.roles);
}

function NotPermitted({ lang }: { lang: UiLanguage }) {
  const { t } = useTranslation('print', { lng: lang });
  return <PrintNotice lang={lang}>{t('page.notPermitted')}</PrintNotice>;
}

function ComplaintFormPrintPage() {
  const { id } = useParams();
  const location = useLocation();
  const { part, lang } = readComplaintFormSearch(location.search, useUiLanguage());
  const { t } = useTranslation('print', { lng: lang });
  const errors = useTranslation('errors', { lng: lang });
  const mayPrint = useMayPrintComplaints();
  const complaintId = Number(id);
  const valid = Number.isSafeInteger(complaintId) && complaintId > 0;
  const complaint = useApiQuery('complaints.get', { id: complaintId }, { enabled: valid && mayPrint });
  const settings = useApiQuery('settings.get', {}, { enabled: mayPrint });
  const format = useMemo(() => printFormat(settings.data?.timeZone), [settings.data?.timeZone]);

  if (!mayPrint) return <NotPermitted lang={lang} />;
  if (!valid) return <PrintNotice lang={lang}>{t('page.badAddress')}</PrintNotice>;
  const failed = complaint.error ?? settings.error;
  if (failed) return <PrintNotice lang={lang}>{errorMessage(errors.t, failed)}</PrintNotice>;
  const status = complaint.data && settings.data ? 'ready' : 'loading';
  return (
    <PrintDocument orientation="portrait" lang={lang} status={status}>
      {complaint.data && settings.data && (
        <ComplaintFormSheet complaint={complaint.data} centerName={settings.data.centerName} part={part} lang={lang} t={t} format={format} />
      )}
    </PrintDocument>
  );
}

function RegisterDocument({ query }: { query: ComplaintRegisterPrint }) {
  const { lang } = query;
  const { t, i18n } = useTranslation('print', { lng: lang });
  const errors = useTranslation('errors', { lng: lang });
  const me = useCurrentUser();
  const register = useApiQuery('complaints.register', {
    from: query.from,
    to: query.to,
    ...(query.departmentId !== undefined && { departmentId: query.departmentId }),
    ...(query.state !== undefined && { state: query.state }),
  });
  const settings = useApiQuery('settings.get', {});
  const departments = useApiQuery('departments.list', { includeInactive: true }, { enabled: query.departmentId !== undefined });
  const format = useMemo(() => printFormat(settings.data?.timeZone), [settings.data?.timeZone]);
  const [openedAt] = useState(() => Date.now());
  const printedAt = format.dateTime(openedAt);

  const unit = departments.data?.items.find((d) => d.id === query.departmentId);
  const unitLabel = query.departmentId === undefined ? t('register.all') : unit ? departmentName(unit, lang) : `#${query.departmentId}`;
  const stateLabel = query.state !== undefined && COMPLAINT_STATES.includes(query.state) ? t(`states.${query.state}`) : t('register.all');
  const title = t('register.title');
  const pageNumber = t('register.pageNumber', { page: '\u0001', pages: '\u0002' });
  const [before = '', rest = ''] = pageNumber.split('\u0001');
  const [middle = '', after = ''] = rest.split('\u0002');
  const footer = {
    left: register.data ? `${register.data.centerName} · ${title} · ${register.data.from} – ${register.data.to}` : title,
    pageNumber: { before, middle, after },
  };

  const fetched = register.data && settings.data && (query.departmentId === undefined || departments.data);
  // Every character the register will print (its data, the units' names, its labels): loaded before it is laid out.
  const glyphs = useMemo(
    () => (fetched ? JSON.stringify([register.data, settings.data, departments.data, i18n.getResourceBundle(lang, 'print')]) : null),
    [fetched, register.data, settings.data, departments.data, i18n, lang],
  );
  const glyphsLoaded = useGlyphsLoaded(glyphs);

  const failed = register.error ?? settings.error ?? departments.error;
  if (failed) return <PrintNotice lang={lang}>{errorMessage(errors.t, failed)}</PrintNotice>;
  const loaded = fetched && glyphsLoaded;
  return (
    <PrintDocument orientation="landscape" lang={lang} status={loaded ? 'ready' : 'loading'} footer={footer}>
      {loaded && register.data && (
        <ComplaintRegisterSheet
          register={register.data}
          unitLabel={unitLabel}
          stateLabel={stateLabel}
          preparedBy={me.displayName}
          printedAt={printedAt}
          lang={lang}
          t={t}
          format={format}
        />
      )}
    </PrintDocument>
  );
}

function ComplaintRegisterPrintPage() {
  const location = useLocation();
  const uiLanguage = useUiLanguage();
  const query = readRegisterSearch(location.search, uiLanguage);
  const lang = query?.lang ?? uiLanguage;
  const { t } = useTranslation('print', { lng: lang });
  const mayPrint = useMayPrintComplaints();
  if (!mayPrint) return <NotPermitted lang={lang} />;
  if (!query) return <PrintNotice lang={lang}>{t('page.badAddress')}</PrintNotice>;
  return <RegisterDocument query={query} />;
}

export function PrintRoutes() {
  const lang = useUiLanguage();
  const { t } = useTranslation('print');
  return (
    <Routes>
      <Route path={COMPLAINT_FORM_PRINT_PATH} element={<ComplaintFormPrintPage />} />
      <Route path={COMPLAINT_REGISTER_PRINT_PATH} element={<ComplaintRegisterPrintPage />} />
      <Route path={STOCKTAKE_PRINT_PATH} element={<StocktakePrintPage />} />
      <Route path={PURCHASE_FORM_PRINT_PATH} element={<PurchasePrintPage />} />
      <Route path={PART_LABELS_PRINT_PATH} element={<PartLabelsPrintPage />} />
      <Route path={WORK_ORDER_PRINT_PATH} element={<WorkOrderPrintPage />} />
      <Route path={REPLACEMENT_FORM_PRINT_PATH} element={<ReplacementPrintPage />} />
      <Route path={SCRAP_FORM_PRINT_PATH} element={<ScrapPrintPage />} />
      <Route path="*" element={<PrintNotice lang={lang}>{t('page.badAddress')}</PrintNotice>} />
    </Routes>
  );
}

/** Whether the address is a print route, shown without the app frame. */
export const isPrintPath = (pathname: string) => pathname.startsWith('/print/');
