// The steps the state machine allows this user on this request (availableActions), each asking for what it needs;
// and, for a fault report, recording the arrival on site.
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceRequest } from '../../../../../shared/api/requests';
import { mayRecordArrival } from '../../../../../shared/requests/arrival';
import { ACTION_NEEDS, availableActions, isOpen, type RequestAction } from '../../../../../shared/requests/lifecycle';
import { useNotify } from '../../../app/notify';
import { useCurrentUser } from '../../../app/session';
import { call } from '../../../lib/api';
import { errorMessage } from '../../../lib/errors';
import { ActionDialog } from './ActionDialog';
import { ArrivalDialog } from './ArrivalDialog';
import { ConfirmDialog } from './ConfirmDialog';

/** The steps that move the work forward are the main buttons; holding, cancelling and reopening are secondary. */
const FORWARD: readonly RequestAction[] = ['analyse', 'plan', 'start', 'resolve', 'confirm', 'resume'];

type Open = { kind: 'action'; action: RequestAction } | { kind: 'confirm' } | { kind: 'arrival' } | null;

export function ActionsBar({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation(['requests', 'common']);
  const me = useCurrentUser();
  const notify = useNotify();
  const [open, setOpen] = useState<Open>(null);
  const [busy, setBusy] = useState(false);
  const actions = availableActions(request.state, me.roles, request.heldState);
  const offerArrival =
    request.kind === 'fault' &&
    request.arrivedAt === null &&
    isOpen(request.state) &&
    mayRecordArrival(me, request);

  const take = async (action: RequestAction) => {
    if (action === 'confirm') {
      setOpen({ kind: 'confirm' });
      return;
    }
    if (ACTION_NEEDS[action].length > 0) {
      setOpen({ kind: 'action', action });
      return;
    }
    setBusy(true);
    try {
      await call('requests.transition', { id: request.id, version: request.version, action });
      notify(t('page.actionDone', { action: t(`actions.${action}`) }));
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setBusy(false);
    }
  };

  if (actions.length === 0 && !offerArrival) return null;
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }} data-testid="request-actions">
        {actions.map((action) => (
          <Button
            key={action}
            variant={FORWARD.includes(action) ? 'contained' : 'outlined'}
            color={action === 'cancel' ? 'error' : 'primary'}
            disabled={busy}
            onClick={() => void take(action)}
            data-testid={`action-${action}`}
          >
            {t(`actions.${action}`)}
          </Button>
        ))}
        {offerArrival && (
          <Button variant="outlined" onClick={() => setOpen({ kind: 'arrival' })} data-testid="action-recordArrival">
            {t('actions.recordArrival')}
          </Button>
        )}
      </Stack>
      {open?.kind === 'action' && <ActionDialog request={request} action={open.action} onClose={() => setOpen(null)} />}
      {open?.kind === 'confirm' && <ConfirmDialog request={request} onClose={() => setOpen(null)} />}
      {open?.kind === 'arrival' && <ArrivalDialog request={request} onClose={() => setOpen(null)} />}
    </>
  );
}
