// The boxes and figures both import screens are made of.
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export function Section({ title, children, testId }: { title?: string; children: ReactNode; testId?: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }} data-testid={testId}>
      {title && (
        <Typography variant="h6" component="h2" sx={{ mb: 1.5, fontSize: 16 }}>
          {title}
        </Typography>
      )}
      {children}
    </Paper>
  );
}

export function Figure({ label, value, tone, testId }: { label: string; value: string; tone?: 'error' | 'success'; testId: string }) {
  return (
    <Box sx={{ minWidth: 120, px: 2, py: 1, borderLeft: 3, borderColor: tone ? `${tone}.main` : 'divider' }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="h5" component="div" color={tone === 'error' ? 'error.main' : undefined} data-testid={testId}>
        {value}
      </Typography>
    </Box>
  );
}

