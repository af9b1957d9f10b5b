// Labels and their values in two columns (the request page, the call): FieldGrid holds FieldRows.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export function FieldGrid({ children }: { children: ReactNode }) {
  return <Box sx={{ display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: 2, rowGap: 0.75, alignItems: 'baseline' }}>{children}</Box>;
}

export function FieldRow({ label, children, testId, multiline = false }: { label: string; children: ReactNode; testId?: string; multiline?: boolean }) {
  return (
    <>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="body2" component="div" sx={{ whiteSpace: multiline ? 'pre-wrap' : undefined, minWidth: 0, overflowWrap: 'anywhere' }} data-testid={testId}>
        {children}
      </Typography>
    </>
  );
}

/** An empty value, shown as a dash so a row never looks broken. */
export function orDash(value: string | null | undefined): string {
  return value && value.trim() !== '' ? value : '—';
}
