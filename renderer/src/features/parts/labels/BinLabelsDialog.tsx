// Labels for bins (库位标签): the store's bins (parts.bins) with how many parts each holds; the user ticks the ones to
// label (all at first) and the label sheet's preview opens.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import WarehouseOutlined from '@mui/icons-material/WarehouseOutlined';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { LoadingBlock } from '../../../components/LoadingBlock';
import { QueryError } from '../../../components/QueryError';
import { useApiQuery } from '../../../lib/queries';
import { labelsPreviewPath } from './PrintLabelsButton';

export function BinLabelsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('parts');
  const navigate = useNavigate();
  const bins = useApiQuery('parts.bins', {}, { enabled: open });
  // The bins left out; every bin is ticked until the user unticks it.
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const all = bins.data?.items ?? [];
  const chosen = all.filter((b) => !left.has(b.bin)).map((b) => b.bin);
  const toggle = (bin: string) => {
    const next = new Set(left);
    if (next.has(bin)) next.delete(bin);
    else next.add(bin);
    setLeft(next);
  };
  const print = () => {
    const path = labelsPreviewPath({ bins: chosen });
    if (path) void navigate(path);
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="bin-labels-title" data-testid="bin-labels-dialog">
      <DialogTitle id="bin-labels-title">{t('labels.binsTitle')}</DialogTitle>
      <DialogContent dividers sx={{ py: 1 }}>
        {bins.isPending && <LoadingBlock />}
        {bins.isError && <QueryError error={bins.error} onRetry={() => void bins.refetch()} />}
        {bins.data && all.length === 0 && <Alert severity="info">{t('labels.noBins')}</Alert>}
        {all.length > 0 && (
          <>
            <FormControlLabel
              control={
                <Checkbox
                  checked={chosen.length === all.length}
                  indeterminate={chosen.length > 0 && chosen.length < all.length}
                  onChange={() => setLeft(chosen.length === all.length ? new Set(all.map((b) => b.bin)) : new Set())}
                  data-testid="bin-labels-all"
                />
              }
              label={t('labels.allBins', { count: all.length })}
            />
            <List dense disablePadding sx={{ maxHeight: 360, overflow: 'auto' }}>
              {all.map((b) => (
                <ListItem key={b.bin} disableGutters sx={{ py: 0 }}>
                  <FormControlLabel
                    control={<Checkbox checked={!left.has(b.bin)} onChange={() => toggle(b.bin)} data-testid={`bin-label-${b.bin}`} />}
                    label={
                      <>
                        <Typography component="span" sx={{ fontWeight: 500, mr: 1 }}>
                          {b.bin}
                        </Typography>
                        <Typography component="span" variant="body2" color="text.secondary">
                          {t('labels.binParts', { count: b.parts })}
                        </Typography>
                      </>
                    }
                  />
                </ListItem>
              ))}
            </List>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('labels.cancel')}</Button>
        <Button variant="contained" disabled={chosen.length === 0} onClick={print} data-testid="bin-labels-print">
          {t('labels.printBins', { count: chosen.length })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** A button that opens the bin labels dialog, for a screen's header. */
export function BinLabelsButton() {
  const { t } = useTranslation('parts');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button startIcon={<WarehouseOutlined />} onClick={() => setOpen(true)} data-testid="bin-labels">
        {t('labels.bins')}
      </Button>
      {open && <BinLabelsDialog open onClose={() => setOpen(false)} />}
    </>
  );
}
