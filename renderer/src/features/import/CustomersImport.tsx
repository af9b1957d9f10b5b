// 客户档案导入: choose a CSV or xlsx file, map its columns, check every invalid row, import the valid ones with progress.
// What is imported is chosen first (ImportPage.tsx); spare parts have a screen of their own (PartsImport.tsx). The
// file, the mapping, the check and the import are the flow both screens share (useImportFlow.ts, ImportScreen.tsx);
// the customers' own are the possible duplicates and what to do with each.
import Alert from '@mui/material/Alert';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../../shared/api';
import { IMPORT_FIELDS, type ImportPreview } from '../../../../shared/api/import';
import { ExportCustomersButton } from '../export';
import { decidedCounts, DuplicatesPanel, NO_DECISIONS, type Decisions } from './DuplicatesPanel';
import { ImportScreen } from './ImportScreen';
import { Figure, Section } from './sections';
import { useImportFlow, type ImportFlowKind } from './useImportFlow';

const CUSTOMERS: ImportFlowKind = {
  previewMethod: 'import.preview',
  commitMethod: 'import.commit',
  fields: { fields: IMPORT_FIELDS, required: ['customer.name'], requiredMessage: 'mapping.nameRequired' },
  template: 'customers',
  templateFileName: 'templateFileName',
};

/** What `import.commit` takes besides the file and the mapping: the duplicate decisions. */
type DecisionsInput = Omit<ApiInput<'import.commit'>, 'fileName' | 'contentBase64' | 'mapping'>;

/** The customers' import: the archive's information managers (and supervisors and admins). */
export function CustomersImport({ kindChooser }: { kindChooser: ReactNode }) {
  const { t } = useTranslation(['import', 'common', 'errors']);
  const flow = useImportFlow<ImportPreview, DecisionsInput>(CUSTOMERS);
  const { data, number } = flow;
  // The decisions belong to one check of one file: another file or mapping asks again.
  const [decided, setDecided] = useState<{ check: string; decisions: Decisions }>({ check: '', decisions: NO_DECISIONS });
  const check = `${flow.file?.id ?? ''}:${JSON.stringify(flow.mapping)}`;
  const decisions = decided.check === check ? decided.decisions : NO_DECISIONS;
  const setDecisions = (next: Decisions) => setDecided({ check, decisions: next });
  const counts = data ? decidedCounts(data, decisions) : null;

  return (
    <ImportScreen
      flow={flow}
      kindChooser={kindChooser}
      title={t('title')}
      subtitle={t('subtitle')}
      fileHelp={t('fileHelp')}
      exportButton={<ExportCustomersButton />}
      figures={(checked) => (
        <>
          <Figure label={t('summary.customers')} value={number(counts!.customersToCreate)} testId="summary-customers" />
          <Figure label={t('summary.addedTo')} value={number(counts!.customersToAddTo)} testId="summary-added-to" />
          <Figure label={t('summary.equipment')} value={number(counts!.equipmentToCreate)} testId="summary-equipment" />
          {checked.possibleDuplicateCount > 0 && (
            <Figure
              label={t('summary.undecided')}
              value={number(counts!.undecided)}
              tone={counts!.undecided > 0 ? 'error' : 'success'}
              testId="summary-undecided"
            />
          )}
        </>
      )}
      blocked={counts !== null && counts.undecided > 0}
      onCommit={() =>
        void flow.commit({ decisions: decisions.each, ...(decisions.others !== null && { otherDuplicates: decisions.others }) })
      }
      summaryNote={
        data &&
        counts!.undecided > 0 &&
        !flow.started && (
          <Alert severity="warning" sx={{ mt: 2 }} data-testid="import-undecided">
            {t('duplicates.decideFirst', { count: counts!.undecided })}
          </Alert>
        )
      }
    >
      {data && data.possibleDuplicateCount > 0 && (
        <Section title={t('duplicates.title', { number: number(data.possibleDuplicateCount) })} testId="import-duplicates">
          <DuplicatesPanel preview={data} decisions={decisions} disabled={flow.locked} onChange={setDecisions} />
        </Section>
      )}
    </ImportScreen>
  );
}
