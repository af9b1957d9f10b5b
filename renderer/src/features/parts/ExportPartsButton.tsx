// 导出: the parts of a filtered list (bin, status, below reorder point, a search) as Excel or CSV, in the user's
// language; the file's columns are the parts import's, so it imports again as it is.
import type { ApiInput } from '../../../../shared/api';
import { ExportMenuButton, type ExportButtonLook } from '../export';

/** The list's filters as `export.parts` takes them (parts.list's, and a search); absent ones export every part. */
export type ExportPartsFilters = Partial<Pick<ApiInput<'export.parts'>, 'bin' | 'status' | 'low' | 'query'>>;

/** Shows nothing to a user whose roles may not export; only the filters the export knows are sent. */
export function ExportPartsButton({ filters = {}, ...look }: ExportButtonLook & { filters?: ExportPartsFilters }) {
  const { bin, status, low, query } = filters;
  return (
    <ExportMenuButton
      method="export.parts"
      input={{
        ...(bin !== undefined && bin !== '' && { bin }),
        ...(status !== undefined && { status }),
        ...(low !== undefined && { low }),
        ...(query !== undefined && query.trim() !== '' && { query }),
      }}
      testId="export-parts"
      formatTestId={(format) => `export-parts-${format}`}
      {...look}
    />
  );
}
