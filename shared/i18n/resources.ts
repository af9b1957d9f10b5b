// The interface texts of both languages, imported statically so every host (renderer, main process, tests) bundles them.
// Pure data: no DOM, Node or React here, so shared/ stays importable everywhere.
import zhCN_common from './locales/zh-CN/common.json';
import zhCN_errors from './locales/zh-CN/errors.json';
import zhCN_nav from './locales/zh-CN/nav.json';
import zhCN_auth from './locales/zh-CN/auth.json';
import zhCN_home from './locales/zh-CN/home.json';
import zhCN_users from './locales/zh-CN/users.json';
import zhCN_departments from './locales/zh-CN/departments.json';
import zhCN_settings from './locales/zh-CN/settings.json';
import zhCN_backup from './locales/zh-CN/backup.json';
import zhCN_sessions from './locales/zh-CN/sessions.json';
import zhCN_audit from './locales/zh-CN/audit.json';
import zhCN_system from './locales/zh-CN/system.json';
import zhCN_customers from './locales/zh-CN/customers.json';
import zhCN_equipment from './locales/zh-CN/equipment.json';
import zhCN_documents from './locales/zh-CN/documents.json';
import zhCN_import from './locales/zh-CN/import.json';
import zhCN_calendar from './locales/zh-CN/calendar.json';
import zhCN_requests from './locales/zh-CN/requests.json';
import zhCN_knowledge from './locales/zh-CN/knowledge.json';
import zhCN_questions from './locales/zh-CN/questions.json';
import zhCN_suggestions from './locales/zh-CN/suggestions.json';
import zhCN_complaints from './locales/zh-CN/complaints.json';
import zhCN_print from './locales/zh-CN/print.json';
import zhCN_forms from './locales/zh-CN/forms.json';
import zhCN_parts from './locales/zh-CN/parts.json';
import zhCN_stocktakes from './locales/zh-CN/stocktakes.json';
import zhCN_purchases from './locales/zh-CN/purchases.json';
import zhCN_workOrders from './locales/zh-CN/workOrders.json';
import zhCN_replacements from './locales/zh-CN/replacements.json';
import zhCN_scrap from './locales/zh-CN/scrap.json';
import zhCN_maintenance from './locales/zh-CN/maintenance.json';
import zhCN_desk from './locales/zh-CN/desk.json';
import en_common from './locales/en/common.json';
import en_errors from './locales/en/errors.json';
import en_nav from './locales/en/nav.json';
import en_auth from './locales/en/auth.json';
import en_home from './locales/en/home.json';
import en_users from './locales/en/users.json';
import en_departments from './locales/en/departments.json';
import en_settings from './locales/en/settings.json';
import en_backup from './locales/en/backup.json';
import en_sessions from './locales/en/sessions.json';
import en_audit from './locales/en/audit.json';
import en_system from './locales/en/system.json';
import en_customers from './locales/en/customers.json';
import en_equipment from './locales/en/equipment.json';
import en_documents from './locales/en/documents.json';
import en_import from './locales/en/import.json';
import en_calendar from './locales/en/calendar.json';
import en_requests from './locales/en/requests.json';
import en_knowledge from './locales/en/knowledge.json';
import en_questions from './locales/en/questions.json';
import en_suggestions from './locales/en/suggestions.json';
import en_complaints from './locales/en/complaints.json';
import en_print from './locales/en/print.json';
import en_forms from './locales/en/forms.json';
import en_parts from './locales/en/parts.json';
import en_stocktakes from './locales/en/stocktakes.json';
import en_purchases from './locales/en/purchases.json';
import en_workOrders from './locales/en/workOrders.json';
import en_replacements from './locales/en/replacements.json';
import en_scrap from './locales/en/scrap.json';
import en_maintenance from './locales/en/maintenance.json';
import en_desk from './locales/en/desk.json';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: UiLanguage = 'zh-CN';

/** The namespaces the renderer loads; `menu` (the Electron menu's texts) is kept by the main process. */
export const NAMESPACES = ['common', 'errors', 'nav', 'auth', 'home', 'users', 'departments', 'settings', 'backup', 'sessions', 'audit', 'system', 'customers', 'equipment', 'documents', 'import', 'calendar', 'requests', 'knowledge', 'questions', 'suggestions', 'complaints', 'print', 'forms', 'parts', 'stocktakes', 'purchases', 'workOrders', 'replacements', 'scrap', 'maintenance', 'desk'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const resources = {
  'zh-CN': {
    common: zhCN_common,
    errors: zhCN_errors,
    nav: zhCN_nav,
    auth: zhCN_auth,
    home: zhCN_home,
    users: zhCN_users,
    departments: zhCN_departments,
    settings: zhCN_settings,
    backup: zhCN_backup,
    sessions: zhCN_sessions,
    audit: zhCN_audit,
    system: zhCN_system,
    customers: zhCN_customers,
    equipment: zhCN_equipment,
    documents: zhCN_documents,
    import: zhCN_import,
    calendar: zhCN_calendar,
    requests: zhCN_requests,
    knowledge: zhCN_knowledge,
    questions: zhCN_questions,
    suggestions: zhCN_suggestions,
    complaints: zhCN_complaints,
    print: zhCN_print,
    forms: zhCN_forms,
    parts: zhCN_parts,
    stocktakes: zhCN_stocktakes,
    purchases: zhCN_purchases,
    workOrders: zhCN_workOrders,
    replacements: zhCN_replacements,
    scrap: zhCN_scrap,
    maintenance: zhCN_maintenance,
    desk: zhCN_desk,
  },
  'en': {
    common: en_common,
    errors: en_errors,
    nav: en_nav,
    auth: en_auth,
    home: en_home,
    users: en_users,
    departments: en_departments,
    settings: en_settings,
    backup: en_backup,
    sessions: en_sessions,
    audit: en_audit,
    system: en_system,
    customers: en_customers,
    equipment: en_equipment,
    documents: en_documents,
    import: en_import,
    calendar: en_calendar,
    requests: en_requests,
    knowledge: en_knowledge,
    questions: en_questions,
    suggestions: en_suggestions,
    complaints: en_complaints,
    print: en_print,
    forms: en_forms,
    parts: en_parts,
    stocktakes: en_stocktakes,
    purchases: en_purchases,
    workOrders: en_workOrders,
    replacements: en_replacements,
    scrap: en_scrap,
    maintenance: en_maintenance,
    desk: en_desk,
  },
} as const;

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
