// 服务时限: the service-level policy per priority and the other deadlines; a supervisor edits it, saved as a new version.
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Controller, type Control, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, mayCall } from '../../../../shared/api';
import type { SlaPolicy } from '../../../../shared/api/calendar';
import { DEADLINE_UNITS, OTHER_DEADLINES, PRIORITIES, SERVICE_MEASURES, type SlaRules } from '../../../../shared/calendar/policy';
import type { DeadlineRule } from '../../../../shared/calendar/working-days';
import { useNotify } from '../../app/notify';
import { useCurrentUser } from '../../app/session';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { TheirChangesAlert } from '../../components/TheirChangesAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/apiForm';
import { useFormat } from '../../lib/format';
import { useApiQuery } from '../../lib/queries';
import { SlaHistory } from './SlaHistory';

type RulePath = `priorities.${(typeof PRIORITIES)[number]}.${(typeof SERVICE_MEASURES)[number]}` | `other.${(typeof OTHER_DEADLINES)[number]}`;

export function useRuleText() {
  const { t } = useTranslation('calendar');
  return (rule: DeadlineRule) => t(`sla.value.${rule.unit}`, { count: rule.amount });
}

/** One deadline: the rule as text, or an amount and a unit to edit. */
function RuleCell({ path, control, errors, editable, rule }: { path: RulePath; control: Control<SlaRules>; errors: FieldErrors<SlaRules>; editable: boolean; rule: DeadlineRule }) {
  const { t } = useTranslation('calendar');
  const ruleText = useRuleText();
  const testId = `sla-${path.replace(/\./g, '-')}`;
  if (!editable) {
    return (
      <Typography variant="body2" data-testid={testId}>
        {ruleText(rule)}
      </Typography>
    );
  }
  const [group, key, measure] = path.split('.') as [keyof SlaRules, string, string | undefined];
  const groupErrors = errors[group] as Record<string, unknown> | undefined;
  const ruleErrors = (measure ? (groupErrors?.[key] as Record<string, unknown> | undefined)?.[measure] : groupErrors?.[key]) as
    | FieldErrors<DeadlineRule>
    | undefined;
  const amountError = ruleErrors?.amount?.message ?? ruleErrors?.root?.message;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Controller
        control={control}
        name={`${path}.amount` as never}
        render={({ field }) => (
          <TextField
            value={Number.isNaN(field.value) ? '' : String(field.value)}
            onChange={(event) => {
              // Full-width digits of a Chinese input method (５) are the plain ones.
              const text = event.target.value.normalize('NFKC').trim();
              field.onChange(/^\d+$/.test(text) ? Number(text) : text === '' ? Number.NaN : Number(text));
            }}
            onBlur={field.onBlur}
            error={!!amountError}
            helperText={amountError}
            sx={{ width: 76, flexShrink: 0 }}
            slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': t('sla.amount'), 'data-testid': `${testId}-amount` } }}
          />
        )}
      />
      <Controller
        control={control}
        name={`${path}.unit` as never}
        render={({ field }) => (
          <TextField
            select
            {...field}
            sx={{ width: 150, flexShrink: 0 }}
            slotProps={{ htmlInput: { 'aria-label': t('sla.unit') }, select: { SelectDisplayProps: { 'data-testid': `${testId}-unit` } as never } }}
          >
            {DEADLINE_UNITS.map((unit) => (
              <MenuItem key={unit} value={unit} data-testid={`unit-${unit}`}>
                {t(`sla.units.${unit}`)}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
    </Stack>
  );
}

function SlaForm({ policy, editable }: { policy: SlaPolicy; editable: boolean }) {
  const { t } = useTranslation(['calendar', 'common']);
  const notify = useNotify();
  const format = useFormat();
  const { form, submit, busy, formError, conflict, changedElsewhere, version, loadLatest, theirChanges } = useApiForm({
    method: 'sla.updatePolicy',
    defaultValues: { priorities: policy.priorities, other: policy.other } satisfies SlaRules as SlaRules,
    toInput: (values: SlaRules, version) => ({ version, priorities: values.priorities, other: values.other }),
    versioned: {
      version: policy.version,
      latest: async () => {
        const latest = await call('sla.getPolicy', {});
        return { version: latest.version, values: { priorities: latest.priorities, other: latest.other } };
      },
    },
    onSaved: (saved) => notify(t('sla.saved', { version: saved.version })),
  });
  const { control, formState: { errors } } = form;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="sla-form">
      <Stack spacing={2}>
        <FormErrorAlert error={formError} conflict={conflict} changedElsewhere={changedElsewhere} onLoadLatest={loadLatest} />
        <TheirChangesAlert
          changes={theirChanges}
          words={{
            labels: Object.fromEntries(
              [
                ...PRIORITIES.flatMap((priority) => SERVICE_MEASURES.map((measure) => [`priorities.${priority}.${measure}`, `${t(`sla.priorities.${priority}`)} · ${t(`sla.measures.${measure}`)}`])),
                ...OTHER_DEADLINES.map((kind) => [`other.${kind}`, t(`sla.other.${kind}`)]),
              ].flatMap(([path, label]) => [
                [`${path}.amount`, label],
                [`${path}.unit`, label],
              ]),
            ),
            show: (field, value) => (field.endsWith('.unit') ? t(`sla.units.${value as DeadlineRule['unit']}`) : undefined),
          }}
        />
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Typography variant="subtitle1" sx={{ mb: 1 }}>
            {t('sla.requestsTitle')}
          </Typography>
          <Table size="small" data-testid="sla-priorities">
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 120 }}>{t('sla.priority')}</TableCell>
                {SERVICE_MEASURES.map((measure) => (
                  <TableCell key={measure}>{t(`sla.measures.${measure}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {PRIORITIES.map((priority) => (
                <TableRow key={priority} data-testid={`sla-row-${priority}`}>
                  <TableCell sx={{ fontWeight: 500 }}>{t(`sla.priorities.${priority}`)}</TableCell>
                  {SERVICE_MEASURES.map((measure) => (
                    <TableCell key={measure}>
                      <RuleCell
                        path={`priorities.${priority}.${measure}`}
                        control={control}
                        errors={errors}
                        editable={editable}
                        rule={policy.priorities[priority][measure]}
                      />
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Typography variant="subtitle1" sx={{ mb: 1 }}>
            {t('sla.otherTitle')}
          </Typography>
          <Table size="small" data-testid="sla-other">
            <TableHead>
              <TableRow>
                <TableCell>{t('sla.deadline')}</TableCell>
                <TableCell>{t('sla.limit')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {OTHER_DEADLINES.map((kind) => (
                <TableRow key={kind}>
                  <TableCell>{t(`sla.other.${kind}`)}</TableCell>
                  <TableCell sx={{ width: { md: '45%' } }}>
                    <RuleCell path={`other.${kind}`} control={control} errors={errors} editable={editable} rule={policy.other[kind]} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography variant="caption" color="text.secondary" data-testid="sla-version">
            {t('sla.version', { version })}
            {' · '}
            {policy.savedBy
              ? t('sla.savedBy', { name: policy.savedBy, at: format.dateTime(policy.savedAt) })
              : t('sla.savedInitially', { at: format.dateTime(policy.savedAt) })}
          </Typography>
          {editable && (
            <SubmitButton busy={busy} data-testid="sla-save">
              {busy ? t('common:status.saving') : t('common:actions.save')}
            </SubmitButton>
          )}
        </Stack>
      </Stack>
    </form>
  );
}

export function SlaPage() {
  const { t } = useTranslation('calendar');
  const me = useCurrentUser();
  const editable = mayCall(api['sla.updatePolicy'].access, me.roles);
  const policy = useApiQuery('sla.getPolicy', {}, { staleTime: 0 });
  return (
    <>
      <PageHeader title={t('sla.title')} subtitle={t('sla.subtitle')} />
      {policy.isPending && <LoadingBlock />}
      {policy.isError && <QueryError error={policy.error} onRetry={() => void policy.refetch()} />}
      {policy.data && (
        <Stack spacing={2} sx={{ maxWidth: 1100 }} data-testid="sla-page">
          {!editable && (
            <Typography variant="body2" color="text.secondary">
              {t('sla.readOnly')}
            </Typography>
          )}
          {/* Not keyed by version: a save goes on from the version saved, a conflict keeps what was typed. */}
          <SlaForm policy={policy.data} editable={editable} />
          <SlaHistory />
        </Stack>
      )}
    </>
  );
}
