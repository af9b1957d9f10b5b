// Departments, as other features use them: a department's name in the user's language, and the picker.
export { departmentName, departmentNameOf } from './names';
export { DepartmentSelect, useAddressableDepartments } from './DepartmentSelect';
export { DepartmentsPage } from './DepartmentsPage';
