import type { departmentsApi } from '../../../../shared/api/departments';
import type { HandlersOf } from '../../context';
import { fieldInvalid, notFound, staleVersion } from '../../lib/errors';
import {
  departmentNameTaken,
  findDepartment,
  insertDepartment,
  listDepartments,
  updateDepartmentColumns,
} from './repository';

const nameTaken = () => fieldInvalid('name', 'validation.nameTaken', 'A department with this name already exists');

export const departmentsHandlers = {
  'departments.list': (ctx, input) => ({ items: listDepartments(ctx.db, input.includeInactive ?? false) }),

  'departments.create': (ctx, input) =>
    ctx.write(() => {
      if (departmentNameTaken(ctx.db, input.name, null)) throw nameTaken();
      const id = insertDepartment(ctx.db, { name: input.name, nameEn: input.nameEn ?? '', kind: input.kind }, ctx.now());
      const created = findDepartment(ctx.db, id)!;
      ctx.audit({ entity: 'department', entityId: id, after: created });
      return created;
    }),

  'departments.update': (ctx, input) =>
    ctx.write(() => {
      const before = findDepartment(ctx.db, input.id);
      if (!before) throw notFound('Department', input.id);
      if (input.name !== undefined && departmentNameTaken(ctx.db, input.name, input.id)) throw nameTaken();
      const changed = updateDepartmentColumns(
        ctx.db,
        input.id,
        input.version,
        {
          ...(input.name !== undefined && { name: input.name }),
          ...(input.nameEn !== undefined && { name_en: input.nameEn }),
          ...(input.kind !== undefined && { kind: input.kind }),
          ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
        },
        ctx.now(),
      );
      if (!changed) throw staleVersion('The department');
      const after = findDepartment(ctx.db, input.id)!;
      ctx.audit({ entity: 'department', entityId: input.id, before, after });
      return after;
    }),
} satisfies HandlersOf<typeof departmentsApi>;
