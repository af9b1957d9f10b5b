// 备品备件导入: the store's existing parts list from a CSV or xlsx file. Map the columns, check every bad row and why (a
// code twice or already in the store, a missing name or unit, a reorder point finer than the unit, a bad price), then
// import the valid rows in one transaction with a progress bar. Parts come with no stock: stock comes by receipts, or
// by the file's opening stock column, received through the ledger as 期初库存. The flow is the customers' import's
// (useImportFlow.ts, ImportScreen.tsx) with the parts' methods, fields and words.
import Alert from '@mui/material/Alert';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PART_IMPORT_FIELDS, PART_IMPORT_REQUIRED, type PartImportPreview } from '../../../../shared/api/import';
import { ExportPartsButton } from '../parts';
import { ImportScreen } from './ImportScreen';
import { Figure } from './sections';
import { useImportFlow, type ImportFlowKind } from './useImportFlow';

const PARTS: ImportFlowKind = {
  previewMethod: 'import.previewParts',
  commitMethod: 'import.commitParts',
  fields: { fields: PART_IMPORT_FIELDS, required: PART_IMPORT_REQUIRED, requiredMessage: 'parts.mappingRequired' },
  template: 'parts',
  templateFileName: 'parts.templateFileName',
};

export function PartsImport({ kindChooser }: { kindChooser: ReactNode }) {
  const { t } = useTranslation(['import', 'common', 'errors']);
  const flow = useImportFlow<PartImportPreview>(PARTS);
  const { number } = flow;

  return (
    <ImportScreen
      flow={flow}
      kindChooser={kindChooser}
      title={t('parts.title')}
      subtitle={t('parts.subtitle')}
      fileHelp={t('parts.fileHelp')}
      exportButton={<ExportPartsButton />}
      fileNote={
        <Alert severity="info" sx={{ mt: 2 }} data-testid="import-no-stock">
          {t('parts.noStock')}
        </Alert>
      }
      figures={(data) => (
        <>
          <Figure label={t('parts.toCreate')} value={number(data.partsToCreate)} testId="summary-parts" />
          <Figure label={t('parts.openingStock')} value={number(data.openingStockRows)} testId="summary-opening-stock" />
        </>
      )}
      onCommit={() => void flow.commit()}
      nothingKey="parts.failedNothing"
    />
  );
}
