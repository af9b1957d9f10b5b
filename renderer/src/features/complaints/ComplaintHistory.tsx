// The form's route so far, oldest first: each step with who took it and when, where it left the form, and what the
// step said (the note, the reason it was sent back, the unit, the result…).
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ComplaintStepRecord } from '../../../../shared/api/complaints';
import { useFormat } from '../../lib/format';
import { Section } from '../../components/Section';
import { complaintDetailLines, useNamesById } from './parts';
import { useDeadlineFormat } from '../../components/Deadline';

export function ComplaintHistory({ steps }: { steps: ComplaintStepRecord[] }) {
  const { t } = useTranslation(['complaints', 'common']);
  const format = useFormat();
  const names = useNamesById();
  const deadline = useDeadlineFormat();
  return (
    <Section title={t('history.title')} count={steps.length} testId="complaint-history">
      <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {steps.map((step, index) => {
          const back = step.step === 'returnForCorrection';
          return (
            <Box
              component="li"
              key={step.id}
              data-testid={`history-${step.step}`}
              sx={{ display: 'grid', gridTemplateColumns: '150px 16px minmax(0, 1fr)', columnGap: 1.5 }}
            >
              <Typography variant="caption" color="text.secondary" sx={{ pt: 0.25, fontVariantNumeric: 'tabular-nums' }}>
                {format.dateTime(step.at)}
              </Typography>
              <Box sx={{ position: 'relative', display: 'flex', justifyContent: 'center' }}>
                <Box sx={{ width: 9, height: 9, borderRadius: '50%', bgcolor: back ? 'error.main' : 'primary.main', mt: 0.75, zIndex: 1 }} />
                {index < steps.length - 1 && <Box sx={{ position: 'absolute', top: 12, bottom: -4, width: 2, bgcolor: 'divider' }} />}
              </Box>
              <Box sx={{ pb: 1.5, minWidth: 0 }}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
                  <Typography variant="body2" sx={{ fontWeight: 500, color: back ? 'error.main' : undefined }}>
                    {t(`history.steps.${step.step}`)}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    {step.userName ?? ''}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    → {t(`states.${step.toState}`)}
                  </Typography>
                </Stack>
                {complaintDetailLines(t, step.details, { dateTime: format.dateTime, deadline, unit: names.unit, colleague: names.colleague }).map((line, lineIndex) => (
                  <Typography key={lineIndex} variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {line}
                  </Typography>
                ))}
              </Box>
            </Box>
          );
        })}
      </Box>
    </Section>
  );
}
