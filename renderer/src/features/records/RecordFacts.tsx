// Facts every routed record has: when the department's answer is due (red once late), and the answer itself with who
// recorded it and whether it came late.
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import { DueText } from '../../components/Deadline';
import { LabelledValue } from '../../components/LabelledValue';
import { StepCaption, useByline } from './RecordSections';
import { NAMESPACE, type RecordKind } from './RecordStateChip';

interface Answered {
  dueAt: number | null;
  overdue: boolean;
  answer: string;
  answeredAt: number | null;
  answeredByName: string | null;
}

export function DueFact({ kind, record }: { kind: RecordKind; record: Pick<Answered, 'dueAt' | 'overdue'> }) {
  const { t } = useTranslation(NAMESPACE[kind]);
  if (record.dueAt === null) return null;
  return (
    <LabelledValue label={t('fields.dueAt')}>
      <DueText dueAt={record.dueAt} overdue={record.overdue} testId={`${kind}-due`} />
    </LabelledValue>
  );
}

export function AnswerFact({ kind, record }: { kind: RecordKind; record: Answered }) {
  const { t } = useTranslation([NAMESPACE[kind], 'questions']);
  const by = useByline();
  const { answeredAt, dueAt } = record;
  return (
    <>
      <LabelledValue label={t('fields.answer')} testId={`${kind}-answer`}>
        {answeredAt !== null ? record.answer : t('awaitingAnswer')}
      </LabelledValue>
      {answeredAt !== null && (
        <StepCaption>
          {t('questions:recordedBy', { by: by(answeredAt, record.answeredByName) })}
          {dueAt !== null && answeredAt > dueAt && <Chip size="small" color="warning" variant="outlined" label={t('questions:answeredLate')} sx={{ ml: 1 }} />}
        </StepCaption>
      )}
    </>
  );
}
