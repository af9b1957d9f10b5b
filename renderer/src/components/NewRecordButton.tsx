// A list's button to its new-record form, shown only to whom the method that creates the record allows it.
import PostAddOutlined from '@mui/icons-material/PostAddOutlined';
import Button from '@mui/material/Button';
import { Link as RouterLink } from 'react-router-dom';
import { api, mayCall, type WriteMethodName } from '../../../shared/api';
import { useCurrentUser } from '../app/session';

export function NewRecordButton({ method, to, label, testId }: { method: WriteMethodName; to: string; label: string; testId: string }) {
  const me = useCurrentUser();
  if (!mayCall(api[method].access, me.roles)) return null;
  return (
    <Button variant="contained" startIcon={<PostAddOutlined />} component={RouterLink} to={to} data-testid={testId}>
      {label}
    </Button>
  );
}
