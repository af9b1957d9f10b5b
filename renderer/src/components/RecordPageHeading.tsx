// The head of a numbered record's page (work orders, replacement notices, scrap records): the way back to its list,
// its number with its chips, the steps the workflow offers the user now and print; and the grid its facts stand in.
import EditOutlined from '@mui/icons-material/EditOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { BackLink } from './BackLink';

export function RecordPageHeading({
  back,
  backLabel,
  title,
  chips,
  print,
  children,
}: {
  /** The list's path. */
  back: string;
  backLabel: string;
  title: string;
  chips: ReactNode;
  print: { to: string; label: string; testId: string };
  /** The step buttons and any other action before print. */
  children: ReactNode;
}) {
  return (
    <>
      <BackLink to={back}>{backLabel}</BackLink>
      <Stack direction="row" spacing={1.25} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h1" component="h1" data-testid="page-title">
          {title}
        </Typography>
        {chips}
        <Box sx={{ flex: 1 }} />
        {children}
        <Button variant="outlined" startIcon={<PrintOutlined />} component={RouterLink} to={print.to} data-testid={print.testId}>
          {print.label}
        </Button>
      </Stack>
    </>
  );
}

/**
 * A button for each step available now (the workflow's `available`). The step that turns the record down is outlined in
 * red, editing is outlined with a pen (a link when it has its own page), the main steps are filled.
 */
export function StepButtons<A extends string>({
  actions,
  label,
  onStep,
  testIdPrefix,
  danger,
  main = (action) => action !== danger && action !== 'update',
  editTo,
}: {
  actions: readonly A[];
  label: (action: A) => string;
  onStep: (action: A) => void;
  testIdPrefix: string;
  danger?: A;
  main?: (action: A) => boolean;
  /** Where editing happens when it is a page rather than a dialog. */
  editTo?: string;
}) {
  return (
    <>
      {actions.map((action) => {
        const common = {
          variant: main(action) ? ('contained' as const) : ('outlined' as const),
          color: action === danger ? ('error' as const) : ('primary' as const),
          startIcon: action === 'update' ? <EditOutlined /> : undefined,
          'data-testid': `${testIdPrefix}-${action}`,
        };
        return action === 'update' && editTo !== undefined ? (
          <Button key={action} {...common} component={RouterLink} to={editTo}>
            {label(action)}
          </Button>
        ) : (
          <Button key={action} {...common} onClick={() => onStep(action)}>
            {label(action)}
          </Button>
        );
      })}
    </>
  );
}

/** The grid of labelled facts in a section of a record's page. */
export const FACTS_GRID = { display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))' } as const;
