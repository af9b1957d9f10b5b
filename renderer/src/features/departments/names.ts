import type { Department } from '../../../../shared/api';

/** A department's name in the interface language: its English name in English when it has one. */
export function departmentName(department: Pick<Department, 'name' | 'nameEn'>, language: string): string {
  return language === 'en' && department.nameEn.trim() !== '' ? department.nameEn : department.name;
}

/** The department a record names in its own `departmentName` / `departmentNameEn` fields, in the interface language. */
export function departmentNameOf(record: { departmentName: string; departmentNameEn: string | null }, language: string): string;
export function departmentNameOf(record: { departmentName: string | null; departmentNameEn: string | null }, language: string): string | null;
export function departmentNameOf(record: { departmentName: string | null; departmentNameEn: string | null }, language: string): string | null {
  if (record.departmentName === null) return null;
  return departmentName({ name: record.departmentName, nameEn: record.departmentNameEn ?? '' }, language);
}
