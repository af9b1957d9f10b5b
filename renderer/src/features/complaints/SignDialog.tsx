// 审核签字: the department manager reads what is put before them (the reply written inside the center, or the
// transfer and its unit) and signs: their name and the time go on part 1, with a drawn signature when they draw one.
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/session';
import { routeText } from './parts';
import { SignaturePad } from './SignaturePad';
import { Quote, type StepDialogProps } from './StepDialogs';
import { StepDialog, useComplaintStep } from './useComplaintStep';
import { DeadlineText } from '../../components/Deadline';

type SignValues = { draw: boolean; signature: string | null };

export function SignDialog({ complaint, onClose }: StepDialogProps) {
  const { t, i18n } = useTranslation(['complaints']);
  const me = useCurrentUser();
  const step = useComplaintStep(complaint, onClose, 'notices.signed', {
    method: 'complaints.sign',
    defaultValues: { draw: false, signature: null } satisfies SignValues as SignValues,
    // A signature is drawn only when asked for; without one, the name and the time sign.
    toInput: ({ draw, signature }: SignValues, version) => ({ id: complaint.id, version, ...(draw && signature !== null && { signature }) }),
  });
  const { control, formState: { errors } } = step.form;
  const draw = useWatch({ control, name: 'draw' });
  const internal = complaint.state === 'answered_internal';
  const { part1 } = complaint;

  return (
    <StepDialog
      title={t('steps.sign.title', { number: complaint.number })}
      testId="step-sign"
      step={step}
      submitLabel={t('actions.sign')}
      onClose={onClose}
      maxWidth="md"
    >
      <Quote label={t('fields.content')}>{part1.content}</Quote>
      <Quote label={t('fields.route')}>{routeText(t, part1.route, part1.unit, i18n.language)}</Quote>
      {internal ? (
        <Quote label={t('fields.result')} testId="step-sign-result">
          {part1.result}
        </Quote>
      ) : (
        complaint.part2.dueAt !== null && <Quote label={t('fields.part2Due')}>
            <DeadlineText dueAt={complaint.part2.dueAt} />
          </Quote>
      )}
      <Typography variant="body2">{t('sign.help', { name: me.displayName })}</Typography>
      <Controller
        control={control}
        name="draw"
        render={({ field }) => (
          <FormControlLabel
            control={<Switch checked={field.value} onChange={(event) => field.onChange(event.target.checked)} slotProps={{ input: { 'data-testid': 'step-sign-draw' } as object }} />}
            label={t('sign.draw')}
          />
        )}
      />
      {draw && <Controller control={control} name="signature" render={({ field }) => <SignaturePad onChange={field.onChange} testId="signature-pad" />} />}
      {errors.signature?.message && (
        <Typography variant="caption" color="error">
          {errors.signature.message}
        </Typography>
      )}
    </StepDialog>
  );
}
