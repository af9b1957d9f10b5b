// 产品型号: every product model with its flag (在售 / 升级换代 / 停产) and how many units and customers have it; the chosen
// model's customers beside the list, to notify. Who may flag a model does it here.
import FlagOutlined from '@mui/icons-material/FlagOutlined';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, mayCall } from '../../../../shared/api';
import { MODEL_STATUSES, type ModelStatus, type ProductModelListing } from '../../../../shared/api/equipment';
import { codeKey } from '../../../../shared/customers/text';
import { useCurrentUser } from '../../app/session';
import { LoadingBlock } from '../../components/LoadingBlock';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useApiQuery } from '../../lib/queries';
import { ModelCustomersPanel } from './ModelCustomersPanel';
import { ModelStatusChip } from './ModelFlag';
import { ModelStatusDialog } from './ModelStatusDialog';

const ANY = '';

/** Whether a model matches what was typed: its model (ignoring case, spaces and dashes), product name or category. */
function matches(model: ProductModelListing, typed: string): boolean {
  const query = typed.trim();
  if (query === '') return true;
  const key = codeKey(query);
  return (key !== '' && codeKey(model.model).includes(key)) || model.productName.includes(query) || model.category.includes(query);
}

export function ModelsPage() {
  const { t } = useTranslation(['equipment', 'common']);
  const me = useCurrentUser();
  const mayFlag = mayCall(api['equipment.setModelStatus'].access, me.roles);
  const models = useApiQuery('equipment.models', { withCounts: true });
  const [status, setStatus] = useState<ModelStatus | typeof ANY>(ANY);
  const [typed, setTyped] = useState('');
  const [flagging, setFlagging] = useState<ProductModelListing | null>(null);
  const [params, setParams] = useSearchParams();
  const selectedId = Number(params.get('model'));
  const all = useMemo(() => models.data?.items ?? [], [models.data]);
  const shown = all.filter((model) => (status === ANY || model.status === status) && matches(model, typed));
  const selected = all.find((model) => model.id === selectedId) ?? null;
  const select = (id: number) => setParams({ model: String(id) }, { replace: true });

  return (
    <>
      <PageHeader title={t('models.title')} subtitle={t('models.subtitle')} />
      <Stack direction="row" spacing={1.5} sx={{ mb: 2, alignItems: 'center' }}>
        <TextField
          label={t('models.filter')}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          sx={{ width: 260 }}
          fullWidth={false}
          slotProps={{ htmlInput: { 'data-testid': 'models-filter', spellCheck: false } }}
        />
        <TextField
          select
          label={t('models.fields.status')}
          value={status}
          onChange={(event) => setStatus(event.target.value as ModelStatus | typeof ANY)}
          sx={{ width: 160 }}
          fullWidth={false}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          data-testid="models-status-filter"
        >
          <MenuItem value={ANY}>{t('models.anyStatus')}</MenuItem>
          {MODEL_STATUSES.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`modelStatus.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        <Typography variant="body2" color="text.secondary" data-testid="models-shown">
          {t('models.shown', { count: shown.length, total: all.length })}
        </Typography>
      </Stack>
      {models.isError && <QueryError error={models.error} onRetry={() => void models.refetch()} />}
      {/* The models' table keeps the room its short columns need (a 1366-pixel screen in English); the customers give way. */}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'minmax(560px, 1fr) minmax(0, 1fr)' }, alignItems: 'start' }}>
        <TableContainer component={Paper} variant="outlined" data-testid="models-grid">
          <Table size="small" sx={{ '& td, & th': { px: 1.25 }, '& th': { whiteSpace: 'nowrap' } }}>
            <TableHead>
              <TableRow>
                <TableCell>{t('fields.model')}</TableCell>
                <TableCell>{t('fields.category')}</TableCell>
                <TableCell>{t('models.fields.status')}</TableCell>
                <TableCell align="right">{t('models.fields.equipmentCount')}</TableCell>
                <TableCell align="right">{t('models.fields.customerCount')}</TableCell>
                {mayFlag && <TableCell sx={{ width: 48 }} />}
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((model) => (
                <TableRow
                  key={model.id}
                  hover
                  selected={model.id === selected?.id}
                  onClick={() => select(model.id)}
                  sx={{ cursor: 'pointer' }}
                  data-testid={`model-row-${model.model}`}
                >
                  <TableCell>
                    <Typography variant="body2" sx={{ fontWeight: 500, whiteSpace: 'nowrap' }}>
                      {model.model}
                    </Typography>
                    <Typography variant="caption" color="text.secondary">
                      {model.productName}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{model.category}</TableCell>
                  <TableCell>
                    <ModelStatusChip status={model.status} />
                    {model.status !== 'current' && model.successorModel && (
                      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.25 }}>
                        <Trans t={t} i18nKey="models.successorShort" values={{ model: model.successorModel }} components={{ m: <Box component="span" sx={{ whiteSpace: 'nowrap' }} /> }} />
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell align="right" data-testid="model-equipment-count">
                    {model.equipmentCount ?? ''}
                  </TableCell>
                  <TableCell align="right" data-testid="model-customer-count">
                    {model.customerCount ?? ''}
                  </TableCell>
                  {mayFlag && (
                    <TableCell align="right">
                      <Tooltip title={t('models.setStatus')}>
                        <IconButton
                          size="small"
                          aria-label={t('models.setStatus')}
                          onClick={(event) => {
                            event.stopPropagation();
                            select(model.id);
                            setFlagging(model);
                          }}
                          data-testid={`model-flag-${model.model}`}
                        >
                          <FlagOutlined fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    </TableCell>
                  )}
                </TableRow>
              ))}
              {models.data && shown.length === 0 && (
                <TableRow>
                  <TableCell colSpan={mayFlag ? 6 : 5}>
                    <Typography variant="body2" color="text.secondary" sx={{ py: 2, textAlign: 'center' }}>
                      {t(all.length === 0 ? 'models.empty' : 'models.noMatch')}
                    </Typography>
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
          {models.isPending && <LoadingBlock />}
        </TableContainer>
        {selected ? (
          <ModelCustomersPanel model={selected} />
        ) : (
          <Paper variant="outlined" sx={{ p: 2 }} data-testid="model-customers-hint">
            <Typography variant="body2" color="text.secondary">
              {t('models.pick')}
            </Typography>
          </Paper>
        )}
      </Box>
      {flagging && (
        <ModelStatusDialog
          model={flagging}
          otherModels={all.filter((model) => model.id !== flagging.id).map((model) => model.model)}
          onClose={() => setFlagging(null)}
        />
      )}
    </>
  );
}
