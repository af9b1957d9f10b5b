import { z } from 'zod';
import { method } from './define';
import { idSchema, nameSchema, versionSchema } from './common';

/** `department`: a unit of the company; `higher_level`: the higher-level office (上级单位) complaints may go to. */
export const DEPARTMENT_KINDS = ['department', 'higher_level'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export interface Department {
  id: number;
  name: string;
  nameEn: string;
  kind: DepartmentKind;
  active: boolean;
  version: number;
}

/**
 * What may be given work (a request's responsible department, a difficult question, a suggestion): one of the center's
 * own departments, active. The higher-level office (上级单位) only receives complaint forms by transfer. One rule for
 * the back end, which refuses the rest, and the screens, which offer only these.
 */
export function isWorkingDepartment(department: Pick<Department, 'kind' | 'active'>): boolean {
  return department.active && department.kind === 'department';
}

/** Why a department cannot be given work (the key of its message in `errors`), or null when it can. */
export function workingDepartmentRefusal(department: Pick<Department, 'kind' | 'active'> | null): string | null {
  if (department === null) return 'validation.unknownDepartment';
  if (department.kind !== 'department') return 'validation.departmentNotOwn';
  if (!department.active) return 'validation.departmentInactive';
  return null;
}

const optionalEnglishName = z.string().trim().max(100);

export const departmentsApi = {
  'departments.list': method<{ items: Department[] }>()({
    summary: 'Departments and routing targets (inactive ones too when asked).',
    input: z.strictObject({ includeInactive: z.boolean().optional() }),
    access: 'signedIn',
    kind: 'read',
  }),
  'departments.create': method<Department>()({
    summary: 'Adds a department or routing target.',
    input: z.strictObject({ name: nameSchema, nameEn: optionalEnglishName.optional(), kind: z.enum(DEPARTMENT_KINDS) }),
    access: ['admin'],
    kind: 'write',
  }),
  'departments.update': method<Department>()({
    summary: 'Renames a department, changes its kind or (de)activates it. Names the version it read.',
    input: z.strictObject({
      id: idSchema,
      version: versionSchema,
      name: nameSchema.optional(),
      nameEn: optionalEnglishName.optional(),
      kind: z.enum(DEPARTMENT_KINDS).optional(),
      active: z.boolean().optional(),
    }),
    access: ['admin'],
    kind: 'write',
  }),
};
