// Print preview of the complaint register (/complaints/register, 用户投诉及处理记录): a date range (this month to start
// with), a unit and a state, the register in landscape A4 pages, Print and Save as PDF. Supervisors only.
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { COMPLAINT_STATES, type ComplaintState } from '../../../shared/complaints/route';
import { complaintRegisterPrintRoute } from '../../../shared/print/routes';
import { PageHeader } from '../components/PageHeader';
import { departmentName } from '../features/departments';
import { useApiQuery } from '../lib/queries';
import { PrintLanguageSelect, usePrintLanguage } from './PrintLanguageSelect';
import { PrintPreview } from './PrintPreview';
import { useMayPrintComplaints } from './PrintRoutes';

const DATE = 'YYYY-MM-DD';

/** Every unit a complaint can be routed to: the center's departments and the higher-level office. */
function UnitSelect({ value, onChange }: { value: number | ''; onChange: (id: number | '') => void }) {
  const { t, i18n } = useTranslation('print');
  const departments = useApiQuery('departments.list', {}, { staleTime: 60_000 });
  const units = departments.data?.items ?? [];
  return (
    <TextField
      select
      label={t('preview.unit')}
      value={units.some((unit) => unit.id === value) ? value : ''}
      onChange={(event) => onChange(event.target.value === '' ? '' : Number(event.target.value))}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      sx={{ width: 190 }}
      fullWidth={false}
      data-testid="register-unit"
    >
      <MenuItem value="">{t('preview.anyUnit')}</MenuItem>
      {units.map((unit) => (
        <MenuItem key={unit.id} value={unit.id} data-testid={`register-unit-${unit.id}`}>
          {departmentName(unit, i18n.language)}
        </MenuItem>
      ))}
    </TextField>
  );
}

export function RegisterPrintPreviewPage() {
  const { t } = useTranslation(['print', 'common']);
  const mayPrint = useMayPrintComplaints();
  const [from, setFrom] = useState<Dayjs | null>(() => dayjs().startOf('month'));
  const [to, setTo] = useState<Dayjs | null>(() => dayjs().endOf('month'));
  const [departmentId, setDepartmentId] = useState<number | ''>('');
  const [state, setState] = useState<ComplaintState | ''>('');
  const [lang, setLang] = usePrintLanguage();
  const back = (
    <Button component={RouterLink} to="/complaints" startIcon={<ArrowBackOutlined />}>
      {t('preview.backToList')}
    </Button>
  );
  if (!mayPrint) {
    return (
      <>
        <PageHeader title={t('preview.registerTitle')} actions={back} />
        <Alert severity="warning" data-testid="print-not-permitted">
          {t('preview.notPermitted')}
        </Alert>
      </>
    );
  }

  const datesValid = from !== null && to !== null && from.isValid() && to.isValid() && !to.isBefore(from, 'day');
  const range = datesValid ? { from: from.format(DATE), to: to.format(DATE) } : null;
  const filters = (
    <>
      <Box data-testid="register-from">
      <DatePicker
        label={t('preview.from')}
        value={from}
        onChange={setFrom}
        format={t('common:format.date')}
        maxDate={to ?? undefined}
        slotProps={{ textField: { size: 'small', sx: { width: 170 }, fullWidth: false } }}
      />
      </Box>
      <Box data-testid="register-to">
      <DatePicker
        label={t('preview.to')}
        value={to}
        onChange={setTo}
        format={t('common:format.date')}
        minDate={from ?? undefined}
        slotProps={{ textField: { size: 'small', sx: { width: 170 }, fullWidth: false } }}
      />
      </Box>
      <UnitSelect value={departmentId} onChange={setDepartmentId} />
      <TextField
        select
        label={t('preview.state')}
        value={state}
        onChange={(event) => setState(event.target.value as ComplaintState | '')}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        sx={{ width: 170 }}
        fullWidth={false}
        data-testid="register-state"
      >
        <MenuItem value="">{t('preview.anyState')}</MenuItem>
        {COMPLAINT_STATES.map((value) => (
          <MenuItem key={value} value={value} data-testid={`register-state-${value}`}>
            {t(`states.${value}`)}
          </MenuItem>
        ))}
      </TextField>
      <PrintLanguageSelect value={lang} onChange={setLang} />
    </>
  );

  return (
    <div data-testid="register-print-preview">
      <PageHeader title={t('preview.registerTitle')} subtitle={t('preview.registerSubtitle')} actions={back} />
      {range ? (
        <PrintPreview
          route={complaintRegisterPrintRoute({
            ...range,
            ...(departmentId !== '' && { departmentId }),
            ...(state !== '' && { state }),
            lang,
          })}
          orientation="landscape"
          fileName={`${t('register.title', { lng: lang })} ${range.from}_${range.to}`}
          controls={filters}
        />
      ) : (
        <>
          {filters}
          <Alert severity="warning">{t('preview.invalidDates')}</Alert>
        </>
      )}
    </div>
  );
}
