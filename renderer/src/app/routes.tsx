import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Route, Routes } from 'react-router-dom';
import { AuditPage } from '../features/audit';
import { BackupsPage } from '../features/backup';
import { ConnectedDesksPage } from '../features/sessions';
import { CalendarPage, SlaPage } from '../features/calendar';
import { CustomerPage, CustomersPage } from '../features/customers';
import { DepartmentsPage } from '../features/departments';
import { ModelsPage } from '../features/equipment';
import { HomePage } from '../features/home';
import { BoardPage, RequestPage, RequestsPage } from '../features/requests';
import { ImportPage } from '../features/import';
import { PartPage, PartsPage } from '../features/parts';
import { SettingsPage } from '../features/settings';
import { IntegrityPage } from '../features/system';
import { ArticleEditorPage, ArticlePage, KnowledgePage } from '../features/knowledge';
import { QuestionPage, QuestionsPage } from '../features/questions';
import { SuggestionPage, SuggestionsPage } from '../features/suggestions';
import { ComplaintPage, ComplaintsPage } from '../features/complaints';
import { StocktakePage, StocktakesPage } from '../features/stocktakes';
import { PurchaseFormPage, PurchasePage, PurchasesPage } from '../features/purchases';
import { ComplaintPrintPreviewPage } from '../print/ComplaintPrintPreviewPage';
import { StocktakePrintPreviewPage } from '../print/StocktakePrintPreviewPage';
import { RegisterPrintPreviewPage } from '../print/RegisterPrintPreviewPage';
import { PurchasePrintPreviewPage } from '../print/PurchasePrintPreviewPage';
import { PartLabelsPrintPreviewPage } from '../print/PartLabelsPrintPreviewPage';
import { ReplacementFormPage, ReplacementPage, ReplacementsPage } from '../features/replacements';
import { ScrapFormPage, ScrapListPage, ScrapPage } from '../features/scrap';
import { ReplacementPrintPreviewPage } from '../print/ReplacementPrintPreviewPage';
import { ScrapPrintPreviewPage } from '../print/ScrapPrintPreviewPage';
import { UsersPage } from '../features/users';
import { MyWorkOrdersPage, WorkOrderPage, WorkOrdersBoardPage } from '../features/work-orders';
import { WorkOrderPrintPreviewPage } from '../print/WorkOrderPrintPreviewPage';
import { SCREENS, type Screen, type ScreenKey } from './navigation';

const PAGES: Record<ScreenKey, () => ReactElement> = {
  home: HomePage,
  requests: RequestsPage,
  board: BoardPage,
  knowledge: KnowledgePage,
  questions: QuestionsPage,
  suggestions: SuggestionsPage,
  complaints: ComplaintsPage,
  workOrders: WorkOrdersBoardPage,
  myWorkOrders: MyWorkOrdersPage,
  stocktakes: StocktakesPage,
  customers: CustomersPage,
  models: ModelsPage,
  import: ImportPage,
  parts: PartsPage,
  purchases: PurchasesPage,
  replacements: ReplacementsPage,
  scrap: ScrapListPage,
  calendar: CalendarPage,
  sla: SlaPage,
  users: UsersPage,
  departments: DepartmentsPage,
  settings: SettingsPage,
  backups: BackupsPage,
  sessions: ConnectedDesksPage,
  integrity: IntegrityPage,
  audit: AuditPage,
};

function Refusal({ kind }: { kind: 'notPermitted' | 'notFound' }) {
  const { t } = useTranslation('common');
  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start' }} data-testid={`page-${kind}`}>
      <Alert severity="warning">{t(kind)}</Alert>
      <Button component={RouterLink} to="/">
        {t('backHome')}
      </Button>
    </Stack>
  );
}

/** Pages under a screen (a record of its list), open to whoever may open the screen. */
const DETAIL_PAGES: Array<{ path: string; screen: ScreenKey; Page: () => ReactElement }> = [
  { path: '/customers/:id', screen: 'customers', Page: CustomerPage },
  { path: '/requests/:id', screen: 'requests', Page: RequestPage },
  { path: '/knowledge/new', screen: 'knowledge', Page: ArticleEditorPage },
  { path: '/knowledge/:id', screen: 'knowledge', Page: ArticlePage },
  { path: '/knowledge/:id/edit', screen: 'knowledge', Page: ArticleEditorPage },
  { path: '/questions/:id', screen: 'questions', Page: QuestionPage },
  { path: '/parts/:id', screen: 'parts', Page: PartPage },
  { path: '/suggestions/:id', screen: 'suggestions', Page: SuggestionPage },
  // Before /complaints/:id: the register's print preview (supervisors; others are told they may not print).
  { path: '/complaints/register', screen: 'complaints', Page: RegisterPrintPreviewPage },
  { path: '/complaints/:id', screen: 'complaints', Page: ComplaintPage },
  { path: '/complaints/:id/print', screen: 'complaints', Page: ComplaintPrintPreviewPage },
  { path: '/stocktakes/:id', screen: 'stocktakes', Page: StocktakePage },
  { path: '/stocktakes/:id/print', screen: 'stocktakes', Page: StocktakePrintPreviewPage },
  // Before /purchases/:id: a new request (prefilled with ?parts=3,7 from the clerk's low-stock list).
  { path: '/purchases/new', screen: 'purchases', Page: PurchaseFormPage },
  { path: '/purchases/:id', screen: 'purchases', Page: PurchasePage },
  { path: '/purchases/:id/edit', screen: 'purchases', Page: PurchaseFormPage },
  { path: '/purchases/:id/print', screen: 'purchases', Page: PurchasePrintPreviewPage },
  { path: '/parts/labels', screen: 'parts', Page: PartLabelsPrintPreviewPage },
  { path: '/work-orders/:id', screen: 'workOrders', Page: WorkOrderPage },
  { path: '/work-orders/:id/print', screen: 'workOrders', Page: WorkOrderPrintPreviewPage },
  // Before /replacements/:id: lending a spare (?workOrderId= or ?equipmentId= from the record it starts from).
  { path: '/replacements/new', screen: 'replacements', Page: ReplacementFormPage },
  { path: '/replacements/:id', screen: 'replacements', Page: ReplacementPage },
  { path: '/replacements/:id/print', screen: 'replacements', Page: ReplacementPrintPreviewPage },
  { path: '/scrap/new', screen: 'scrap', Page: ScrapFormPage },
  { path: '/scrap/:id', screen: 'scrap', Page: ScrapPage },
  { path: '/scrap/:id/edit', screen: 'scrap', Page: ScrapFormPage },
  { path: '/scrap/:id/print', screen: 'scrap', Page: ScrapPrintPreviewPage },
];

/** Every screen that exists has a route; one the user may not open says so instead of showing an empty page. */
export function ScreenRoutes({ screens }: { screens: Screen[] }) {
  const permitted = new Set(screens.map((s) => s.key));
  return (
    <Routes>
      {SCREENS.map((screen) => {
        const Page = PAGES[screen.key];
        return (
          <Route
            key={screen.key}
            path={screen.path}
            element={permitted.has(screen.key) ? <Page /> : <Refusal kind="notPermitted" />}
          />
        );
      })}
      {DETAIL_PAGES.map(({ path, screen, Page }) => (
        <Route key={path} path={path} element={permitted.has(screen) ? <Page /> : <Refusal kind="notPermitted" />} />
      ))}
      <Route path="*" element={<Refusal kind="notFound" />} />
    </Routes>
  );
}
