// The departments and colleagues a request can be given to, departments named in the user's language.
import { useTranslation } from 'react-i18next';
import { isWorkingDepartment } from '../../../../shared/api/departments';
import { REQUEST_TAKERS } from '../../../../shared/api/requests';
import { useApiQuery } from '../../lib/queries';
import { departmentName } from '../departments';

/** The departments a request can be given to: exactly those the back end accepts (isWorkingDepartment), not the higher-level office. */
export function useDepartmentChoices(): Array<{ id: number; label: string }> {
  const { i18n } = useTranslation();
  const departments = useApiQuery('departments.list', {}, { staleTime: 60_000 });
  return (departments.data?.items ?? [])
    .filter(isWorkingDepartment)
    .map((department) => ({ id: department.id, label: departmentName(department, i18n.language) }));
}

/** Every department's name in the user's language by id, for naming what a request or its log lines refer to. */
export function useDepartmentNames(): (id: number) => string | null {
  const { i18n } = useTranslation();
  const departments = useApiQuery('departments.list', {}, { staleTime: 60_000 });
  return (id) => {
    const department = departments.data?.items.find((candidate) => candidate.id === id);
    return department ? departmentName(department, i18n.language) : null;
  };
}

/** A department's name in the user's language, by id (the request itself carries the Chinese name). */
export function useDepartmentName(id: number | null): string | null {
  const { i18n } = useTranslation();
  const departments = useApiQuery('departments.list', {}, { staleTime: 60_000 });
  const department = departments.data?.items.find((candidate) => candidate.id === id);
  return department ? departmentName(department, i18n.language) : null;
}

/** The colleagues a request can be given to: those who take requests (agents, seat managers, supervisors). */
export function useOwnerChoices(): Array<{ id: number; label: string }> {
  const directory = useApiQuery('users.directory', {}, { staleTime: 60_000 });
  return (directory.data?.items ?? [])
    .filter((colleague) => colleague.roles.some((role) => REQUEST_TAKERS.includes(role)))
    .map((colleague) => ({ id: colleague.id, label: colleague.displayName }));
}
