// The screens that exist, each tied to the API method behind it: the navigation shows what the user's roles may call.
import type { SvgIconComponent } from '@mui/icons-material';
import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import BackupOutlined from '@mui/icons-material/BackupOutlined';
import ContactPhoneOutlined from '@mui/icons-material/ContactPhoneOutlined';
import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import HealthAndSafetyOutlined from '@mui/icons-material/HealthAndSafetyOutlined';
import PeopleOutlined from '@mui/icons-material/PeopleOutlined';
import StorefrontOutlined from '@mui/icons-material/StorefrontOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { api, mayCall, type MethodName, type Role } from '../../../shared/api';

export type ScreenKey = 'home' | 'customers' | 'import' | 'users' | 'departments' | 'settings' | 'backups' | 'integrity' | 'audit';

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
  { key: 'customers', path: '/customers', method: 'customers.search', group: 'main', icon: ContactPhoneOutlined },
  { key: 'import', path: '/customers/import', method: 'import.commit', group: 'main', icon: UploadFileOutlined },
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
