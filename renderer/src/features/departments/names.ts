import type { Department } from '../../../../shared/api';

/** A department's name in the interface language: its English name in English when it has one. */
export function departmentName(department: Pick<Department, 'name' | 'nameEn'>, language: string): string {
  return language === 'en' && department.nameEn.trim() !== '' ? department.nameEn : department.name;
}
