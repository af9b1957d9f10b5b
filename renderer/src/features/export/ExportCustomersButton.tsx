// 导出: the customers of a filtered list as Excel or CSV, in the user's language, saved as a file.
import type { ApiInput } from '../../../../shared/api';
import { ExportMenuButton, type ExportButtonLook } from './ExportMenuButton';

/** The list's filters, as `export.customers` takes them; absent ones export every customer. */
export type ExportFilters = Omit<ApiInput<'export.customers'>, 'format' | 'language'>;

/**
 * Shows nothing to a user whose roles may not export. `filters` may be the list's whole query input: only the filters
 * the export knows are sent (not the sort, search text or cursor).
 */
export function ExportCustomersButton({ filters = {}, ...look }: ExportButtonLook & { filters?: ExportFilters }) {
  const { region, kind, active, warrantyStatus } = filters;
  return (
    <ExportMenuButton
      method="export.customers"
      input={{
        ...(region !== undefined && { region }),
        ...(kind !== undefined && { kind }),
        ...(active !== undefined && { active }),
        ...(warrantyStatus !== undefined && { warrantyStatus }),
      }}
      testId="export-customers"
      formatTestId={(format) => `export-${format}`}
      {...look}
    />
  );
}
