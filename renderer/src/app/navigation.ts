// The screens that exist, each tied to the API method behind it: the navigation shows what the user's roles may call.
import type { SvgIconComponent } from '@mui/icons-material';
import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import BackupOutlined from '@mui/icons-material/BackupOutlined';
import CalendarMonthOutlined from '@mui/icons-material/CalendarMonthOutlined';
import ContactPhoneOutlined from '@mui/icons-material/ContactPhoneOutlined';
import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import DevicesOtherOutlined from '@mui/icons-material/DevicesOtherOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import HealthAndSafetyOutlined from '@mui/icons-material/HealthAndSafetyOutlined';
import HelpCenterOutlined from '@mui/icons-material/HelpCenterOutlined';
import LightbulbOutlined from '@mui/icons-material/LightbulbOutlined';
import MenuBookOutlined from '@mui/icons-material/MenuBookOutlined';
import PeopleOutlined from '@mui/icons-material/PeopleOutlined';
import ReceiptLongOutlined from '@mui/icons-material/ReceiptLongOutlined';
import ReportProblemOutlined from '@mui/icons-material/ReportProblemOutlined';
import ScheduleOutlined from '@mui/icons-material/ScheduleOutlined';
import StorefrontOutlined from '@mui/icons-material/StorefrontOutlined';
import TimerOutlined from '@mui/icons-material/TimerOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { api, mayCall, type MethodName, type Role } from '../../../shared/api';

export type ScreenKey = 'home' | 'requests' | 'board' | 'knowledge' | 'questions' | 'suggestions' | 'complaints' | 'customers' | 'models' | 'import' | 'calendar' | 'sla' | 'users' | 'departments' | 'settings' | 'backups' | 'integrity' | 'audit';

export interface Screen {
  key: ScreenKey;
  path: string;
  /** The method the screen cannot work without; whoever may call it may open the screen. */
  method: MethodName;
  group: 'main' | 'admin';
  icon: SvgIconComponent;
}

export const SCREENS: readonly Screen[] = [
  { key: 'home', path: '/', method: 'auth.me', group: 'main', icon: DashboardOutlined },
  { key: 'requests', path: '/requests', method: 'requests.list', group: 'main', icon: ReceiptLongOutlined },
  { key: 'board', path: '/board', method: 'requests.board', group: 'main', icon: TimerOutlined },
  { key: 'knowledge', path: '/knowledge', method: 'knowledge.search', group: 'main', icon: MenuBookOutlined },
  { key: 'questions', path: '/questions', method: 'questions.list', group: 'main', icon: HelpCenterOutlined },
  { key: 'suggestions', path: '/suggestions', method: 'suggestions.list', group: 'main', icon: LightbulbOutlined },
  { key: 'complaints', path: '/complaints', method: 'complaints.list', group: 'main', icon: ReportProblemOutlined },
  { key: 'customers', path: '/customers', method: 'customers.search', group: 'main', icon: ContactPhoneOutlined },
  { key: 'models', path: '/customers/models', method: 'equipment.models', group: 'main', icon: DevicesOtherOutlined },
  { key: 'import', path: '/customers/import', method: 'import.commit', group: 'main', icon: UploadFileOutlined },
  { key: 'calendar', path: '/calendar', method: 'calendar.get', group: 'main', icon: CalendarMonthOutlined },
  { key: 'sla', path: '/sla', method: 'sla.getPolicy', group: 'main', icon: ScheduleOutlined },
  { key: 'users', path: '/admin/users', method: 'users.update', group: 'admin', icon: PeopleOutlined },
  { key: 'departments', path: '/admin/departments', method: 'departments.update', group: 'admin', icon: AccountTreeOutlined },
  { key: 'settings', path: '/admin/settings', method: 'settings.update', group: 'admin', icon: StorefrontOutlined },
  { key: 'backups', path: '/admin/backups', method: 'backup.restore', group: 'admin', icon: BackupOutlined },
  { key: 'integrity', path: '/admin/integrity', method: 'system.status', group: 'admin', icon: HealthAndSafetyOutlined },
  { key: 'audit', path: '/admin/audit', method: 'audit.list', group: 'admin', icon: FactCheckOutlined },
];

export function mayOpen(screen: Screen, roles: readonly Role[]): boolean {
  return mayCall(api[screen.method].access, roles);
}

export function permittedScreens(roles: readonly Role[]): Screen[] {
  return SCREENS.filter((screen) => mayOpen(screen, roles));
}

export function screenByKey(key: ScreenKey): Screen {
  const screen = SCREENS.find((s) => s.key === key);
  if (!screen) throw new Error(`No screen ${key}`);
  return screen;
}
