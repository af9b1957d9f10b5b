// 合并客户: a supervisor picks the customer that keeps everything, reads what moves, and confirms.
import ArrowDownwardOutlined from '@mui/icons-material/ArrowDownwardOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { CustomerPage, CustomerSummary } from '../../../../shared/api';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { QueryError } from '../../components/QueryError';
import { useApiForm } from '../../lib/apiForm';
import { useApiQuery } from '../../lib/queries';
import { SearchBox } from '../customer-search';

function CustomerCard({ label, page, testId }: { label: string; page: CustomerPage; testId: string }) {
  const { t } = useTranslation('customers');
  const { customer } = page;
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid={testId}>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="body1" sx={{ fontWeight: 500 }}>
        {customer.name}{' '}
        <Typography component="span" variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
          {customer.code}
        </Typography>
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {[t(`kinds.${customer.kind}`), customer.region, customer.address].filter((part) => part).join(t('search.separator'))}
      </Typography>
    </Paper>
  );
}

export function MergeDialog({ source, onClose }: { source: CustomerPage; onClose: () => void }) {
  const { t } = useTranslation(['customers', 'common']);
  const navigate = useNavigate();
  const notify = useNotify();
  const [picked, setPicked] = useState<CustomerSummary | null>(null);
  const target = useApiQuery('customers.get', { id: picked?.id ?? 0 }, { enabled: picked !== null });
  const moves = {
    contacts: source.customer.contacts.length,
    sites: source.sites.length,
    equipment: source.equipment.length,
    documents: source.documents.length,
  };
  // Both customers are saved against the versions read; after a conflict, the latest ones are read again.
  const { saveWith, busy, formError, conflict, changedElsewhere, loadLatest } = useApiForm({
    method: 'customers.merge',
    defaultValues: {},
    toInput: () => ({
      sourceId: source.customer.id,
      sourceVersion: source.customer.version,
      targetId: target.data?.customer.id,
      targetVersion: target.data?.customer.version,
    }),
    onSaved: (merged) => {
      notify(t('merge.done', { source: source.customer.name, target: merged.name }));
      onClose();
      void navigate(`/customers/${merged.id}`);
    },
  });

  const merge = () => {
    if (target.data) void saveWith({});
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" slotProps={{ paper: { 'data-testid': 'merge-dialog' } as object }}>
      <DialogTitle>{t('merge.title', { name: source.customer.name })}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <FormErrorAlert error={formError} conflict={conflict} changedElsewhere={changedElsewhere} onLoadLatest={loadLatest} />
          {picked === null ? (
            <>
              <Typography variant="body2">{t('merge.pickHelp')}</Typography>
              <SearchBox variant="picker" testId="merge-target-search" excludeId={source.customer.id} autoFocus onOpen={setPicked} />
            </>
          ) : (
            <>
              <CustomerCard label={t('merge.source')} page={source} testId="merge-source" />
              <Box sx={{ textAlign: 'center', lineHeight: 0 }}>
                <ArrowDownwardOutlined color="action" />
              </Box>
              {target.isError && <QueryError error={target.error} onRetry={() => void target.refetch()} />}
              {target.isPending ? <LoadingBlock /> : target.data && <CustomerCard label={t('merge.target')} page={target.data} testId="merge-target" />}
              <Alert severity="warning" data-testid="merge-summary">
                <Typography variant="body2" sx={{ mb: 0.5 }}>
                  {t('merge.moves', { source: source.customer.name, target: picked.name })}
                </Typography>
                <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                  <li>{t('merge.counts.contacts', { count: moves.contacts })}</li>
                  <li>{t('merge.counts.sites', { count: moves.sites })}</li>
                  <li>{t('merge.counts.equipment', { count: moves.equipment })}</li>
                  <li>{t('merge.counts.documents', { count: moves.documents })}</li>
                  <li>{t('merge.counts.timeline')}</li>
                </Box>
                <Typography variant="body2" sx={{ mt: 0.5 }}>
                  {t('merge.after', { source: source.customer.code, target: picked.code })}
                </Typography>
              </Alert>
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        {picked !== null && (
          <Button onClick={() => setPicked(null)} disabled={busy} sx={{ mr: 'auto' }}>
            {t('merge.pickAnother')}
          </Button>
        )}
        <Button onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
        <Button variant="contained" color="error" onClick={merge} disabled={busy || !target.data || picked === null} data-testid="merge-confirm">
          {t('merge.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
