// Every domain's handlers, joined; the type check fails when a method of the contract has no handler.
import type { Handlers } from './context';
import { auditHandlers } from './features/audit/handlers';
import { authHandlers } from './features/auth/handlers';
import { backupHandlers } from './features/backup/handlers';
import { departmentsHandlers } from './features/departments/handlers';
import { settingsHandlers } from './features/settings/handlers';
import { sessionsHandlers } from './features/sessions/handlers';
import { systemHandlers } from './features/system/handlers';
import { usersHandlers } from './features/users/handlers';
import { customersHandlers } from './features/customers/handlers';
import { customerPageHandlers } from './features/customer-page/handlers';
import { equipmentHandlers } from './features/equipment/handlers';
import { documentsHandlers } from './features/documents/handlers';
import { importHandlers } from './features/import/handlers';
import { exportHandlers } from './features/export/handlers';
import { calendarHandlers, slaHandlers } from './features/calendar/handlers';
import { requestsHandlers } from './features/requests/handlers';
import { knowledgeHandlers } from './features/knowledge/handlers';
import { questionsHandlers } from './features/questions/handlers';
import { suggestionsHandlers } from './features/suggestions/handlers';
import { complaintsHandlers } from './features/complaints/handlers';
import { partsHandlers } from './features/parts/handlers';
import { stockHandlers } from './features/stock/handlers';
import { stocktakesHandlers } from './features/stocktakes/handlers';
import { purchasesHandlers } from './features/purchases/handlers';
import { workOrdersHandlers } from './features/work-orders/handlers';
import { maintenanceHandlers } from './features/maintenance/handlers';
import { replacementsHandlers } from './features/replacements/handlers';
import { scrapHandlers } from './features/scrap/handlers';

export const handlers = {
  ...authHandlers,
  ...usersHandlers,
  ...departmentsHandlers,
  ...settingsHandlers,
  ...sessionsHandlers,
  ...auditHandlers,
  ...backupHandlers,
  ...systemHandlers,
  ...customersHandlers,
  ...customerPageHandlers,
  ...equipmentHandlers,
  ...documentsHandlers,
  ...importHandlers,
  ...exportHandlers,
  ...calendarHandlers,
  ...slaHandlers,
  ...requestsHandlers,
  ...knowledgeHandlers,
  ...questionsHandlers,
  ...suggestionsHandlers,
  ...complaintsHandlers,
  ...partsHandlers,
  ...stockHandlers,
  ...stocktakesHandlers,
  ...purchasesHandlers,
  ...workOrdersHandlers,
  ...maintenanceHandlers,
  ...replacementsHandlers,
  ...scrapHandlers,
} satisfies Handlers;
