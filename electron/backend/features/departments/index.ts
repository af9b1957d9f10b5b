// Departments: whether one exists (a user's department).
export { findDepartment } from './repository';
