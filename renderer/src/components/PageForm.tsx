// A record's form on a page of its own (lend a spare, a scrap record new or edited): the card holding the fields, what
// was refused above them, and cancel (back where the user came from) beside save. The form is the caller's useApiForm.
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import type { WriteMethodName } from '../../../shared/api';
import type { ApiForm } from '../lib/apiForm';
import { FormErrorAlert } from './FormErrorAlert';
import { SubmitButton } from './SubmitButton';

export function PageForm<M extends WriteMethodName>({
  form,
  testId,
  cancel,
  save,
  offersLatest = false,
  children,
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form's values: the frame reads only its state
  form: ApiForm<M, any>;
  testId: string;
  cancel: { to: string; label: string };
  save: { label: string; testId: string };
  /** An edit form: after a conflict it offers the latest version. */
  offersLatest?: boolean;
  children: ReactNode;
}) {
  return (
    <Paper variant="outlined" sx={{ p: 2.5, maxWidth: 980 }} component="form" noValidate onSubmit={(event) => void form.submit(event)} data-testid={testId}>
      <Stack spacing={2}>
        <FormErrorAlert error={form.formError} conflict={form.conflict} changedElsewhere={form.changedElsewhere} {...(offersLatest && { onLoadLatest: form.loadLatest })} />
        {children}
        <Stack direction="row" spacing={1.5} sx={{ justifyContent: 'flex-end' }}>
          <Button component={RouterLink} to={cancel.to}>
            {cancel.label}
          </Button>
          <SubmitButton busy={form.busy} data-testid={save.testId}>
            {save.label}
          </SubmitButton>
        </Stack>
      </Stack>
    </Paper>
  );
}
