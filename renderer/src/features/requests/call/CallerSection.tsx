// The caller in the call form: the number as it is typed finds the customer and shows their equipment; ↑↓ and Enter
// pick one, which fills the caller's name and puts the cursor on the equipment (or the kind of call). A caller the
// archive does not know is added in place (NewCallerInline) without leaving the form.
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import PersonAddAltOutlined from '@mui/icons-material/PersonAddAltOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerPage, CustomerSummary } from '../../../../../shared/api';
import { normalizePhone, splitExtension } from '../../../../../shared/customers/phones';
import { call } from '../../../lib/api';
import { errorMessage } from '../../../lib/errors';
import { editablePhone } from '../../../lib/phone';
import { useApiQuery } from '../../../lib/queries';
import { useRecordT } from '../../../lib/recordLanguage';
import { SearchResultRow, useCustomerSearch } from '../../customer-search';
import type { CallDraft } from './callDraft';
import { EquipmentChoice, equipmentLabel } from './EquipmentChoice';
import { NewCallerInline } from './NewCallerInline';

const MATCH_LIMIT = 6;

/** The customer page (contacts, equipment) of a customer, read once and shared with every screen that shows it. */
export function useCustomerPage(id: number | null) {
  return useApiQuery('customers.get', { id: id ?? 1 }, { enabled: id !== null, staleTime: 30_000 });
}

function EquipmentPreview({ customerId }: { customerId: number }) {
  const { t } = useTranslation('requests');
  const page = useCustomerPage(customerId);
  const units = page.data?.equipment ?? [];
  if (units.length === 0) return null;
  return (
    <Typography variant="caption" color="text.secondary" component="div" sx={{ pl: 4.5, pr: 1.5, pb: 0.75, mt: -0.5 }} data-testid="match-equipment">
      {t('call.equipmentOf', { list: units.map(equipmentLabel).join(t('call.listSeparator')) })}
    </Typography>
  );
}

export function CallerSection({
  draft,
  onChange,
  phoneError,
  callerNameError,
  phoneRef,
  onPicked,
}: {
  draft: CallDraft;
  onChange: (patch: Partial<CallDraft>) => void;
  phoneError?: string;
  callerNameError?: string;
  phoneRef: RefObject<HTMLInputElement | null>;
  /** After a customer is picked: where the cursor goes next (the equipment when they have some). */
  onPicked: (page: CustomerPage | null) => void;
}) {
  const { t } = useTranslation(['requests', 'customers', 'common']);
  const queryClient = useQueryClient();
  // The number picked is stored as the caller's: its extension marker (转 / ext.) in the center's language.
  const recordT = useRecordT('customers');
  const listId = useId();
  // The number is being looked up: since it was last changed, no customer has been picked for it.
  const [lookingUp, setLookingUp] = useState(draft.customer === null && draft.callerPhone !== '');
  const [activeIndex, setActiveIndex] = useState(0);
  const [adding, setAdding] = useState(false);
  const search = useCustomerSearch(lookingUp ? draft.callerPhone : '', { limit: MATCH_LIMIT });
  const items = search.items;
  const active = items[Math.min(activeIndex, items.length - 1)];
  const noMatch = lookingUp && draft.callerPhone.trim() !== '' && !search.searching && items.length === 0 && search.answered === draft.callerPhone.trim();

  const pick = async (item: CustomerSummary) => {
    setLookingUp(false);
    setAdding(false);
    const customer = { id: item.id, code: item.code, name: item.name, primaryContact: item.primaryContact };
    // Found by a fragment of one of their numbers: the call came from that whole number (with its extension), not
    // from what was typed; the whole number typed with an extension stays as typed.
    const typedWhole = item.matchedText !== undefined && normalizePhone(draft.callerPhone) === normalizePhone(item.matchedText) && splitExtension(draft.callerPhone).extension !== '';
    const calledFrom =
      item.matchedBy === 'phone' && item.matchedText && !typedWhole ? { callerPhone: editablePhone(recordT, item.matchedText, item.matchedExtension) } : {};
    onChange({ customer, equipmentId: null, callerName: draft.callerName.trim() === '' ? (item.primaryContact ?? '') : draft.callerName, ...calledFrom });
    const page: CustomerPage | null = await queryClient
      .fetchQuery({ queryKey: ['customers.get', { id: item.id }], queryFn: () => call('customers.get', { id: item.id }), staleTime: 30_000 })
      .catch(() => null);
    const units = page?.equipment ?? [];
    const first = units.find((unit) => unit.lifecycle === 'in_service') ?? units[0];
    if (first) onChange({ equipmentId: first.id });
    onPicked(page);
  };

  const pickTyped = () => {
    if (active && !search.searching) {
      void pick(active);
      return;
    }
    const typed = draft.callerPhone.trim();
    if (typed === '') return;
    // Enter right after the last digit: the answer for the whole number is still on its way; ask for it now.
    void call('customers.search', { query: typed, limit: MATCH_LIMIT }).then(
      ({ items: found }) => {
        if (found[0]) void pick(found[0]);
      },
      () => undefined,
    );
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey && event.key.toLowerCase() === 'n') {
      event.preventDefault();
      setAdding(true);
    } else if (!lookingUp) {
      return;
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActiveIndex((index) => Math.min(index + 1, Math.max(items.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActiveIndex((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      pickTyped();
    } else if (event.key === 'Escape' && items.length > 0) {
      // Closes the list of matches, not the form.
      event.preventDefault();
      event.stopPropagation();
      setLookingUp(false);
    }
  };

  const showMatches = lookingUp && (items.length > 0 || search.error !== null);

  return (
    <Stack spacing={1.25} data-testid="call-caller">
      <Stack direction="row" spacing={1.5}>
        <TextField
          label={t('fields.callerPhone')}
          value={draft.callerPhone}
          onChange={(event) => {
            onChange({ callerPhone: event.target.value });
            setLookingUp(true);
            setActiveIndex(0);
          }}
          onKeyDown={onKeyDown}
          inputRef={phoneRef}
          required
          error={!!phoneError}
          helperText={phoneError}
          sx={{ flex: 3 }}
          slotProps={{
            htmlInput: {
              'data-testid': 'call-phone',
              inputMode: 'tel',
              autoComplete: 'off',
              role: 'combobox',
              'aria-expanded': showMatches,
              'aria-controls': listId,
              'aria-autocomplete': 'list',
              'aria-activedescendant': showMatches && active ? `${listId}-${active.id}` : undefined,
            },
            input: { endAdornment: search.searching ? <InputAdornment position="end"><CircularProgress size={14} /></InputAdornment> : undefined },
          }}
        />
        <TextField
          label={t('fields.callerName')}
          value={draft.callerName}
          onChange={(event) => onChange({ callerName: event.target.value })}
          error={!!callerNameError}
          helperText={callerNameError}
          sx={{ flex: 2 }}
          slotProps={{ htmlInput: { 'data-testid': 'call-caller-name' } }}
        />
      </Stack>
      <Typography variant="caption" color="text.secondary" sx={{ mt: '4px !important', px: 1.75 }}>
        {t('call.phoneHelp')}
      </Typography>

      {showMatches && (
        <Paper variant="outlined" data-testid="call-matches" data-answered={search.answered}>
          {search.error !== null && (
            <Typography variant="body2" color="error" sx={{ p: 1.5 }}>
              {errorMessage(t, search.error)}
            </Typography>
          )}
          <List dense disablePadding role="listbox" id={listId}>
            {items.map((item, index) => (
              <Box key={item.id} sx={{ borderBottom: 1, borderColor: 'divider', '&:last-of-type': { borderBottom: 0 } }}>
                <ListItemButton
                  id={`${listId}-${item.id}`}
                  role="option"
                  aria-selected={item === active}
                  selected={item === active}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => void pick(item)}
                  onMouseEnter={() => setActiveIndex(index)}
                  data-testid={`call-match-${item.code}`}
                  sx={{ py: 0.75 }}
                >
                  <SearchResultRow item={item} query={search.answered} />
                </ListItemButton>
                {item === active && item.equipmentCount > 0 && <EquipmentPreview customerId={item.id} />}
              </Box>
            ))}
          </List>
        </Paper>
      )}

      {draft.customer && (
        <Paper variant="outlined" sx={{ p: 1.25, bgcolor: 'rgba(43, 93, 140, 0.04)' }} data-testid="call-customer">
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
            <Typography variant="body2" sx={{ fontWeight: 500, flex: 1, minWidth: 0 }} noWrap>
              {draft.customer.name}{' '}
              <Typography component="span" variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
                {draft.customer.code}
              </Typography>
            </Typography>
            <Tooltip title={t('call.unlinkCustomer')}>
              <IconButton size="small" onClick={() => onChange({ customer: null, equipmentId: null })} aria-label={t('call.unlinkCustomer')} data-testid="call-customer-clear">
                <CloseOutlined fontSize="small" />
              </IconButton>
            </Tooltip>
          </Stack>
          <EquipmentChoice customerId={draft.customer.id} value={draft.equipmentId} onChange={(equipmentId) => onChange({ equipmentId })} />
        </Paper>
      )}

      {!draft.customer && !adding && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          {noMatch && (
            <Typography variant="body2" color="text.secondary" data-testid="call-no-match">
              {t('call.noMatch')}
            </Typography>
          )}
          <Button size="small" startIcon={<PersonAddAltOutlined />} onClick={() => setAdding(true)} data-testid="call-new-customer">
            {t('call.newCustomer')}
          </Button>
        </Stack>
      )}
      {adding && !draft.customer && (
        <NewCallerInline
          phone={draft.callerPhone}
          phoneError={phoneError}
          callerName={draft.callerName}
          onCancel={() => setAdding(false)}
          onPick={(item) => void pick(item)}
        />
      )}
    </Stack>
  );
}
