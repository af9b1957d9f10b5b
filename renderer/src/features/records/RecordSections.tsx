// The body of a routed record's page: cards of facts in two columns, a row of facts side by side, and the line that
// says who recorded a step and when.
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useFormat } from '../../lib/format';

export function RecordColumns({ children }: { children: ReactNode }) {
  return <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, alignItems: 'start' }}>{children}</Box>;
}

export function RecordSection({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid={testId}>
      <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      <Stack spacing={1.25}>{children}</Stack>
    </Paper>
  );
}

/** Facts side by side, wrapping on a narrow screen. */
export function FactsRow({ children }: { children: ReactNode }) {
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 3, rowGap: 1 }}>
      {children}
    </Stack>
  );
}

/** "2026-12-01 10:00 · 王芳": when a step was taken and by whom. */
export function useByline(): (at: number | null, name: string | null) => string {
  const format = useFormat();
  return (at, name) => [format.dateTime(at), name ?? ''].filter(Boolean).join(' · ');
}

/** A small line under a fact: who recorded it ("recorded by …"), with anything else the page adds. */
export function StepCaption({ children }: { children: ReactNode }) {
  return (
    <Typography variant="caption" color="text.secondary" component="div">
      {children}
    </Typography>
  );
}
