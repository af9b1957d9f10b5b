// Planned maintenance and the dedicated maintainer (日常巡检 / 专职维护人员), as the customer page shows them.
export { MaintenanceSection } from './MaintenanceSection';
