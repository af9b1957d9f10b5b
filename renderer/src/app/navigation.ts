// The screens that exist, each tied to the API method behind it: the navigation shows what the user's roles may call.
import type { SvgIconComponent } from '@mui/icons-material';
import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import AssignmentIndOutlined from '@mui/icons-material/AssignmentIndOutlined';
import BackupOutlined from '@mui/icons-material/BackupOutlined';
import LanOutlined from '@mui/icons-material/LanOutlined';
import CalendarMonthOutlined from '@mui/icons-material/CalendarMonthOutlined';
import ContactPhoneOutlined from '@mui/icons-material/ContactPhoneOutlined';
import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import DevicesOtherOutlined from '@mui/icons-material/DevicesOtherOutlined';
import EngineeringOutlined from '@mui/icons-material/EngineeringOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import Inventory2Outlined from '@mui/icons-material/Inventory2Outlined';
import HealthAndSafetyOutlined from '@mui/icons-material/HealthAndSafetyOutlined';
import HelpCenterOutlined from '@mui/icons-material/HelpCenterOutlined';
import LightbulbOutlined from '@mui/icons-material/LightbulbOutlined';
import MenuBookOutlined from '@mui/icons-material/MenuBookOutlined';
import PlaylistAddCheckOutlined from '@mui/icons-material/PlaylistAddCheckOutlined';
import PeopleOutlined from '@mui/icons-material/PeopleOutlined';
import ReceiptLongOutlined from '@mui/icons-material/ReceiptLongOutlined';
import ReportProblemOutlined from '@mui/icons-material/ReportProblemOutlined';
import ScheduleOutlined from '@mui/icons-material/ScheduleOutlined';
import ShoppingCartOutlined from '@mui/icons-material/ShoppingCartOutlined';
import SwapHorizOutlined from '@mui/icons-material/SwapHorizOutlined';
import DeleteSweepOutlined from '@mui/icons-material/DeleteSweepOutlined';
import StorefrontOutlined from '@mui/icons-material/StorefrontOutlined';
import TimerOutlined from '@mui/icons-material/TimerOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { api, mayCall, type MethodName, type Role } from '../../../shared/api';

export type ScreenKey = 'home' | 'requests' | 'board' | 'knowledge' | 'questions' | 'suggestions' | 'complaints' | 'workOrders' | 'myWorkOrders' | 'customers' | 'models' | 'import' | 'parts' | 'stocktakes' | 'purchases' | 'replacements' | 'scrap' | 'calendar' | 'sla' | 'users' | 'departments' | 'settings' | 'backups' | 'sessions' | 'integrity' | 'audit';

export interface Screen {
  key: ScreenKey;
  path: string;
  /** The methods the screen shows; whoever may call any of them may open the screen (and sees what they may call). */
  methods: readonly [MethodName, ...MethodName[]];
  group: 'main' | 'admin';
  icon: SvgIconComponent;
}

export const SCREENS: readonly Screen[] = [
  { key: 'home', path: '/', methods: ['auth.me'], group: 'main', icon: DashboardOutlined },
  { key: 'requests', path: '/requests', methods: ['requests.list'], group: 'main', icon: ReceiptLongOutlined },
  { key: 'board', path: '/board', methods: ['requests.board', 'complaints.due'], group: 'main', icon: TimerOutlined },
  { key: 'knowledge', path: '/knowledge', methods: ['knowledge.search'], group: 'main', icon: MenuBookOutlined },
  { key: 'questions', path: '/questions', methods: ['questions.list'], group: 'main', icon: HelpCenterOutlined },
  { key: 'suggestions', path: '/suggestions', methods: ['suggestions.list'], group: 'main', icon: LightbulbOutlined },
  { key: 'complaints', path: '/complaints', methods: ['complaints.list'], group: 'main', icon: ReportProblemOutlined },
  { key: 'workOrders', path: '/work-orders', methods: ['workOrders.board'], group: 'main', icon: EngineeringOutlined },
  // A technician's own list: who records visits (the board shows everyone's).
  { key: 'myWorkOrders', path: '/work-orders/mine', methods: ['workOrders.arrive'], group: 'main', icon: AssignmentIndOutlined },
  { key: 'customers', path: '/customers', methods: ['customers.search'], group: 'main', icon: ContactPhoneOutlined },
  { key: 'models', path: '/customers/models', methods: ['equipment.models'], group: 'main', icon: DevicesOtherOutlined },
  { key: 'import', path: '/customers/import', methods: ['import.commit', 'import.commitParts'], group: 'main', icon: UploadFileOutlined },
  { key: 'parts', path: '/parts', methods: ['parts.search'], group: 'main', icon: Inventory2Outlined },
  { key: 'stocktakes', path: '/stocktakes', methods: ['stocktakes.list'], group: 'main', icon: PlaylistAddCheckOutlined },
  { key: 'purchases', path: '/purchases', methods: ['purchases.list'], group: 'main', icon: ShoppingCartOutlined },
  { key: 'replacements', path: '/replacements', methods: ['replacements.list'], group: 'main', icon: SwapHorizOutlined },
  { key: 'scrap', path: '/scrap', methods: ['scrap.list'], group: 'main', icon: DeleteSweepOutlined },
  { key: 'calendar', path: '/calendar', methods: ['calendar.get'], group: 'main', icon: CalendarMonthOutlined },
  { key: 'sla', path: '/sla', methods: ['sla.getPolicy'], group: 'main', icon: ScheduleOutlined },
  { key: 'users', path: '/admin/users', methods: ['users.update'], group: 'admin', icon: PeopleOutlined },
  { key: 'departments', path: '/admin/departments', methods: ['departments.update'], group: 'admin', icon: AccountTreeOutlined },
  { key: 'settings', path: '/admin/settings', methods: ['settings.update'], group: 'admin', icon: StorefrontOutlined },
  { key: 'backups', path: '/admin/backups', methods: ['backup.restore'], group: 'admin', icon: BackupOutlined },
  { key: 'sessions', path: '/admin/sessions', methods: ['sessions.end'], group: 'admin', icon: LanOutlined },
  { key: 'integrity', path: '/admin/integrity', methods: ['system.status'], group: 'admin', icon: HealthAndSafetyOutlined },
  { key: 'audit', path: '/admin/audit', methods: ['audit.list'], group: 'admin', icon: FactCheckOutlined },
];

export function mayOpen(screen: Screen, roles: readonly Role[]): boolean {
  return screen.methods.some((method) => mayCall(api[method].access, roles));
}

export function permittedScreens(roles: readonly Role[]): Screen[] {
  return SCREENS.filter((screen) => mayOpen(screen, roles));
}

export function screenByKey(key: ScreenKey): Screen {
  const screen = SCREENS.find((s) => s.key === key);
  if (!screen) throw new Error(`No screen ${key}`);
  return screen;
}
