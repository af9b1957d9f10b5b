// A titled card of the customer page.
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export function Section({
  title,
  count,
  actions,
  children,
  testId,
}: {
  title: string;
  count?: number;
  actions?: ReactNode;
  children: ReactNode;
  testId: string;
}) {
  return (
    <Paper variant="outlined" sx={{ p: 2, minWidth: 0 }} data-testid={testId}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.5, minHeight: 32 }}>
        <Typography variant="h2" component="h2" sx={{ fontSize: '1.05rem', flex: 1 }}>
          {title}
          {count !== undefined && (
            <Typography component="span" color="text.secondary" sx={{ ml: 1, fontSize: '0.9rem' }}>
              {count}
            </Typography>
          )}
        </Typography>
        {actions}
      </Stack>
      {children}
    </Paper>
  );
}
