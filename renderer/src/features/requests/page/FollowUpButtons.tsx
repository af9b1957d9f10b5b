// From a call to the record that follows it: a consultation the knowledge base could not answer becomes a difficult
// question (疑难问题记录表); a suggestion call becomes a suggestion record (客户建议记录单). Both are opened with the
// call's words, caller and customer, and tied to the request, whose service log then shows them.
import HelpOutlineOutlined from '@mui/icons-material/HelpOutlineOutlined';
import LightbulbOutlined from '@mui/icons-material/LightbulbOutlined';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, mayCall } from '../../../../../shared/api';
import type { ServiceRequest } from '../../../../../shared/api/requests';
import { useCurrentUser } from '../../../app/session';
import { QuestionDialog } from '../../questions';
import { SuggestionDialog } from '../../suggestions';

/** What a call can be followed up with: a question for an open consultation, a suggestion for a suggestion call. */
export function followUpOf(request: ServiceRequest): 'question' | 'suggestion' | null {
  if (request.state === 'closed' || request.state === 'cancelled') return null;
  if (request.kind === 'consultation') return 'question';
  if (request.kind === 'suggestion') return 'suggestion';
  return null;
}

export function FollowUpButtons({ request, onOpened }: { request: ServiceRequest; onOpened?: () => void }) {
  const { t } = useTranslation(['requests']);
  const me = useCurrentUser();
  const [open, setOpen] = useState(false);
  const followUp = followUpOf(request);
  const method = followUp === 'question' ? 'questions.create' : 'suggestions.create';
  if (!followUp || !mayCall(api[method].access, me.roles)) return null;

  const text = [request.subject, request.description].filter((part) => part.trim() !== '').join('\n');
  const common = {
    callerName: request.callerName,
    callerPhone: request.callerPhone,
    customer: request.customerId !== null ? { id: request.customerId, name: request.customerName ?? '', code: request.customerCode ?? '' } : null,
    requestId: request.id,
  };
  const close = () => {
    setOpen(false);
    onOpened?.();
  };
  return (
    <>
      <Button
        variant="outlined"
        startIcon={followUp === 'question' ? <HelpOutlineOutlined /> : <LightbulbOutlined />}
        onClick={() => setOpen(true)}
        data-testid={`follow-up-${followUp}`}
      >
        {t(followUp === 'question' ? 'followUp.question' : 'followUp.suggestion')}
      </Button>
      {open && followUp === 'question' && <QuestionDialog prefill={{ ...common, question: text }} onClose={close} />}
      {open && followUp === 'suggestion' && <SuggestionDialog prefill={{ ...common, content: text, channel: request.channel }} onClose={close} />}
    </>
  );
}
