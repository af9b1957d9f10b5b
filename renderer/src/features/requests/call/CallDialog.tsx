// The call form (来电登记), over whatever screen is on: the cursor starts in the caller's number; Ctrl+Enter saves.
// The draft lives in the session until the request is saved, so a failed save or a form closed by accident loses
// nothing; the time the form opened is when the call came in. A form opened on such a kept draft says so (how old,
// received when) and offers a clean form; a saved call leaves none, and F2 on its saved screen starts the next call.
import AccessTimeOutlined from '@mui/icons-material/AccessTimeOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { useWatch, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RequestChannel, ServiceRequest } from '../../../../../shared/api/requests';
import { useCurrentUser } from '../../../app/session';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { SubmitButton } from '../../../components/SubmitButton';
import { useApiForm } from '../../../lib/apiForm';
import { useFormat } from '../../../lib/format';
import { useApiQuery } from '../../../lib/queries';
import { useRecordT } from '../../../lib/recordLanguage';
import { CallDetails, CallHandling } from './CallDetails';
import { CallerSection } from './CallerSection';
import { CallSaved } from './CallSaved';
import { isAnsweredOnSpot, loadDraft, newDraft, storeDraft, suggestedSubject, toCreateInput, type CallDraft, type DraftFault } from './callDraft';
import { defaultChannel } from './channelDefault';
import { formatAgo } from '../../../lib/durations';
import { equipmentLabel } from './EquipmentChoice';
import { FaultFields } from './FaultFields';
import { KnowledgePanel } from './KnowledgePanel';
import { KeptDraftNotice } from './KeptDraftNotice';
import { isCallShortcut } from './callFormStore';
import { useNow } from '../useNow';

const FAULT_FIELDS = ['occurredAt', 'nature', 'category', 'location', 'impact', 'userActions'] as const;

/** Where an issue of `requests.create` shows: on the draft's field it comes from. */
const FIELD_OF_INPUT: Record<string, Path<CallDraft>> = { receivedAt: 'openedAt', customerId: 'customer', articleId: 'article' };

/** The channel of a call received at `at` when the agent says nothing (the hotline until the calendar is known). */
function useChannelDefault(at: number): RequestChannel {
  const settings = useApiQuery('settings.get', {}, { staleTime: 60_000 });
  const calendar = useApiQuery('calendar.get', {}, { staleTime: 600_000 });
  if (!settings.data || !calendar.data) return 'hotline';
  return defaultChannel(at, settings.data.timeZone, calendar.data.days);
}

function Elapsed({ since }: { since: number }) {
  const { t } = useTranslation('requests');
  const format = useFormat();
  const now = useNow(15_000);
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={<AccessTimeOutlined />}
      label={t('call.receivedAgo', { time: format.dateTime(since), ago: formatAgo(t, Math.max(0, now - since)) })}
      data-testid="call-elapsed"
    />
  );
}

export function CallDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['requests', 'common']);
  const me = useCurrentUser();
  const [keptDraft] = useState<CallDraft | null>(() => loadDraft(me.id));
  const [initialDraft] = useState<CallDraft>(() => keptDraft ?? newDraft(Date.now()));
  /** The form opened on a draft kept from an earlier call: said above the form until a clean one is started or it is saved. */
  const [onKeptDraft, setOnKeptDraft] = useState(keptDraft !== null);
  const [saved, setSaved] = useState<ServiceRequest | null>(null);
  const [focusNext, setFocusNext] = useState<'equipment' | 'kind' | 'phone' | 'save' | null>('phone');
  const phoneRef = useRef<HTMLInputElement | null>(null);
  const kindRef = useRef<HTMLDivElement | null>(null);
  const contentRef = useRef<HTMLDivElement | null>(null);
  const saveButtonRef = useRef<HTMLButtonElement | null>(null);
  // The draft is the form's values; what it sends is `requests.create`'s input made from it (toCreateInput).
  const { form, submit, busy, formError, reset } = useApiForm({
    method: 'requests.create',
    defaultValues: initialDraft,
    toInput: (values: CallDraft) => toCreateInput(values, { subject: subjectOf(values), channel: values.channel ?? channelIfUnsaid }),
    fieldOf: (path) => FIELD_OF_INPUT[path],
    keepsDraft: true,
    onSaved: (created) => {
      storeDraft(me.id, null);
      setOnKeptDraft(false);
      setSaved(created);
    },
  });
  const draft = useWatch({ control: form.control }) as CallDraft;
  const errors = form.formState.errors;
  const channelIfUnsaid = useChannelDefault(draft.openedAt);
  const channel = draft.channel ?? channelIfUnsaid;
  const customerPage = useApiQuery('customers.get', { id: draft.customer?.id ?? 1 }, { enabled: draft.customer !== null, staleTime: 30_000 });
  // The subject is stored: written in the center's language whatever the screen's (a colleague reads it in lists and on print).
  const recordT = useRecordT('requests');
  /** The subject used when none is typed: the kind and what the call is about. */
  const subjectOf = (values: CallDraft) => {
    const unit = customerPage.data?.equipment.find((candidate) => candidate.id === values.equipmentId);
    return suggestedSubject(values, { kind: recordT(`kinds.${values.kind}`), separator: recordT('call.subjectSeparator'), equipment: unit ? equipmentLabel(unit) : null });
  };

  useEffect(() => storeDraft(me.id, saved ? null : draft), [me.id, draft, saved]);
  // The cursor goes where the next keystroke belongs, once what it goes to is on screen.
  useEffect(() => {
    if (focusNext === null) return;
    const timer = window.setTimeout(() => {
      if (focusNext === 'phone') phoneRef.current?.focus();
      else if (focusNext === 'save') saveButtonRef.current?.focus();
      else {
        const group = focusNext === 'equipment' ? contentRef.current?.querySelector('[data-testid="call-equipment"]') : kindRef.current;
        const radio = group?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ?? group?.querySelector<HTMLInputElement>('input[type="radio"]');
        (radio ?? kindRef.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked'))?.focus();
      }
      setFocusNext(null);
    }, 0);
    return () => window.clearTimeout(timer);
  }, [focusNext, customerPage.data]);

  /** What was typed or picked: into the draft, and the field's message goes until the next save. */
  const change = (patch: Partial<CallDraft>) => {
    for (const [key, value] of Object.entries(patch) as Array<[keyof CallDraft, CallDraft[keyof CallDraft]]>) {
      form.setValue(key, value);
      form.clearErrors(key);
    }
  };
  const changeFault = (patch: Partial<DraftFault>) => {
    for (const [key, value] of Object.entries(patch) as Array<[keyof DraftFault, DraftFault[keyof DraftFault]]>) {
      form.setValue(`fault.${key}`, value);
      form.clearErrors(`fault.${key}`);
    }
  };

  const subjectIfEmpty = subjectOf(draft);

  const save = async () => {
    if (busy) return;
    await submit();
  };

  const nextCall = () => {
    setSaved(null);
    reset(newDraft(Date.now()));
    setFocusNext('phone');
  };

  const discard = () => {
    setOnKeptDraft(false);
    reset(newDraft(Date.now()));
    setFocusNext('phone');
  };

  // The shortcut on the saved call's screen: the phone rang again, so the next call's form, clean and received now.
  const nextCallRef = useRef(nextCall);
  useEffect(() => {
    nextCallRef.current = saved ? nextCall : () => undefined;
  });
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (isCallShortcut(event)) nextCallRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Ctrl+Enter saves wherever the cursor is, also when what had it has just gone (a picked article's list).
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = saved ? async () => undefined : save;
  });
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      void saveRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onSpot = isAnsweredOnSpot(draft);
  const detailErrors = {
    subject: errors.subject?.message,
    description: errors.description?.message,
    channel: errors.channel?.message,
    priority: errors.priority?.message,
    kind: errors.kind?.message,
  };
  const faultErrors = Object.fromEntries(FAULT_FIELDS.map((key) => [key, errors.fault?.[key]?.message]));
  // A check refused: the fields say what, and the form says so above them.
  const shownError = formError ?? (Object.keys(errors).length > 0 ? t('errors:validation') : null);

  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth slotProps={{ paper: { 'data-testid': 'call-form' } as object }}>
      <DialogTitle sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
        <Box component="span" sx={{ flex: 1 }}>
          {t('call.title')}
        </Box>
        {!saved && <Elapsed since={draft.openedAt} />}
      </DialogTitle>
      {saved ? (
        <CallSaved request={saved} onNext={nextCall} onClose={onClose} />
      ) : (
        <>
          <DialogContent dividers ref={contentRef}>
            <Stack spacing={2}>
              {onKeptDraft && <KeptDraftNotice openedAt={draft.openedAt} onNewCall={discard} />}
              <FormErrorAlert error={shownError} />
              {errors.openedAt?.message && <FormErrorAlert error={errors.openedAt.message} />}
              <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 5fr) minmax(0, 6fr)' }, alignItems: 'start' }}>
                <CallerSection
                  draft={draft}
                  onChange={change}
                  phoneError={errors.callerPhone?.message}
                  callerNameError={errors.callerName?.message}
                  phoneRef={phoneRef}
                  onPicked={(page) => setFocusNext(page && page.equipment.length > 0 ? 'equipment' : 'kind')}
                />
                <CallDetails draft={draft} onChange={change} errors={detailErrors} kindRef={kindRef} subjectPlaceholder={subjectIfEmpty} />
              </Box>
              {draft.kind === 'fault' && (
                <>
                  <Divider textAlign="left">
                    <Typography variant="caption" color="text.secondary">
                      {t('fault.title')}
                    </Typography>
                  </Divider>
                  <FaultFields
                    value={draft.fault}
                    onChange={changeFault}
                    testIdPrefix="call"
                    errors={faultErrors}
                  />
                </>
              )}
              {draft.kind === 'consultation' && (
                <KnowledgePanel
                  query={[draft.subject, draft.description].filter((part) => part.trim() !== '').join(' ')}
                  article={draft.article}
                  onPick={(article) => {
                    change({ article });
                    if (article) setFocusNext('save');
                  }}
                />
              )}
              {draft.kind === 'consultation' && draft.article === null && (
                <FormControlLabel
                  control={<Checkbox checked={draft.answeredOnSpot === true} onChange={(event) => change({ answeredOnSpot: event.target.checked })} />}
                  label={t('call.answeredWithoutArticle')}
                  data-testid="call-answered-on-spot"
                />
              )}
              <CallHandling draft={draft} onChange={change} errors={detailErrors} channel={channel} />
            </Stack>
          </DialogContent>
          <DialogActions sx={{ px: 3, py: 1.5 }}>
            <Button color="inherit" onClick={discard} sx={{ mr: 'auto' }} data-testid="call-discard">
              {t('call.discard')}
            </Button>
            <Typography variant="caption" color="text.secondary">
              {t('call.draftKept')}
            </Typography>
            <Button onClick={onClose}>{t('common:actions.close')}</Button>
            <SubmitButton busy={busy} type="button" onClick={() => void save()} ref={saveButtonRef} data-testid="call-save">
              {onSpot ? t('call.saveAnswered') : t('call.save')}
            </SubmitButton>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
