// "← Back to the list" above a record's page.
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';

export function BackLink({ to, children, sx }: { to: string; children: ReactNode; sx?: { mb: number } }) {
  return (
    <Box sx={sx}>
      <Link component={RouterLink} to={to} underline="hover" variant="body2" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
        <ArrowBackOutlined sx={{ fontSize: 16 }} />
        {children}
      </Link>
    </Box>
  );
}
