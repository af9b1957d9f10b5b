// 待办: on the home screen, what waits for the signed-in user's next step (queue.ts), section by section, most urgent
// first, each record one click from its page; or, plainly, that nothing waits and what would show here.
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { ApiOutput, Role } from '../../../../shared/api';
import { useCurrentUser } from '../../app/session';
import { DueText } from '../../components/Deadline';
import { LoadingBlock } from '../../components/LoadingBlock';
import { QueryError } from '../../components/QueryError';
import { call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { QUEUE_LISTS, queueSections, recordPath, sectionRows, toRows, type QueueRow, type QueueSection, type QueueSource } from './queue';

/** Rows shown in a section before "all N in the list". */
const SHOWN = 8;
/** Pages read of one list at most: beyond them the list page has the rest. */
const MAX_PAGES = 10;
const REFRESH_MS = 60_000;

type Page = { items: ApiOutput<QueueSource['method']>['items']; nextCursor: string | null };

/** Every page of a list read (up to MAX_PAGES), so the oldest waiting are among the rows however many wait. */
async function readAll(source: QueueSource): Promise<Page['items']> {
  const items: Page['items'] = [];
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const input = { ...source.input, ...(after !== undefined && { after }) };
    const result = (await call(source.method, input as never)) as Page;
    items.push(...(result.items as never[]));
    if (result.nextCursor === null) break;
    after = result.nextCursor;
  }
  return items;
}

function QueueRowLine({ row }: { row: QueueRow }) {
  const { t } = useTranslation('home');
  const format = useFormat();
  return (
    <ListItemButton
      component={RouterLink}
      to={recordPath(row)}
      data-testid={`queue-row-${row.number}`}
      // One row of the section's columns: number, what it is about and whose, when.
      sx={{ display: 'grid', gridColumn: '1 / -1', gridTemplateColumns: 'subgrid', columnGap: 2, py: 0.75, px: 1.5, borderRadius: 1, alignItems: 'baseline' }}
    >
      <Typography variant="body2" sx={{ fontFamily: 'monospace', color: 'primary.main' }}>
        {row.number}
      </Typography>
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="body2" noWrap title={row.text}>
          {row.text}
        </Typography>
        {row.party && (
          <Typography variant="caption" component="div" color="text.secondary" noWrap title={row.party}>
            {row.party}
          </Typography>
        )}
      </Box>
      <Typography component="span" variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {row.dueAt !== null ? (
          <>
            {t('queue.due')} <DueText dueAt={row.dueAt} overdue={row.overdue} />
          </>
        ) : (
          t('queue.received', { time: format.dateTime(row.at) })
        )}
      </Typography>
    </ListItemButton>
  );
}

function QueueSectionBlock({ section, rows }: { section: QueueSection; rows: QueueRow[] }) {
  const { t } = useTranslation('home');
  return (
    <Box data-testid={`queue-${section.key}`}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
        <Typography variant="subtitle1" component="h3">
          {t(`queue.sections.${section.key}`)}
        </Typography>
        <Chip size="small" label={rows.length} color={rows.some((row) => row.overdue) ? 'error' : 'default'} data-testid="queue-count" />
      </Stack>
      <List
        dense
        disablePadding
        sx={{ display: 'grid', gridTemplateColumns: 'max-content minmax(8rem, 1fr) max-content', '& > *': { minWidth: 0 } }}
      >
        {rows.slice(0, SHOWN).map((row) => (
          // A list holds list items (axe): each item passes the section's columns on to its link.
          <Box component="li" key={`${row.list}:${row.id}`} sx={{ display: 'grid', gridColumn: '1 / -1', gridTemplateColumns: 'subgrid' }}>
            <QueueRowLine row={row} />
          </Box>
        ))}
      </List>
      {rows.length > SHOWN && (
        <Link component={RouterLink} to={QUEUE_LISTS[section.list]} variant="body2" sx={{ ml: 1.5 }} data-testid="queue-more">
          {t('queue.more', { count: rows.length - SHOWN })}
        </Link>
      )}
    </Box>
  );
}

/** What of a user's work is still being built: said under the queue, where it will wait for them once it is here. */
export interface ComingWork {
  role: Role;
  text: string;
}

function ComingNote({ coming }: { coming: ComingWork[] }) {
  const { t } = useTranslation(['home', 'common']);
  return (
    <Box sx={{ mt: 2.5, pt: 2, borderTop: 1, borderColor: 'divider' }} data-testid="home-coming">
      <Typography variant="subtitle2" component="h3">
        {t('comingTitle')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.25, mb: 1 }}>
        {t('comingIntro')}
      </Typography>
      <Stack spacing={0.75}>
        {coming.map(({ role, text }) => (
          <Stack key={role} direction="row" spacing={1.5} sx={{ alignItems: 'baseline' }} data-testid={`home-coming-${role}`}>
            <Typography variant="body2" sx={{ fontWeight: 500, minWidth: 96, flexShrink: 0 }}>
              {t(`common:roles.${role}`)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {text}
            </Typography>
          </Stack>
        ))}
      </Stack>
    </Box>
  );
}

/** The sections of the signed-in user's queue (none for the administrator, whose screens wait for nobody). */
export function useQueueSections(): QueueSection[] {
  const me = useCurrentUser();
  return useMemo(() => queueSections(me), [me]);
}

/** The user's queue, and under it what of their work is still to come. */
export function WorkQueue({ sections, coming }: { sections: QueueSection[]; coming: ComingWork[] }) {
  const { t } = useTranslation('home');
  const sources = useMemo(() => sections.flatMap((section) => section.sources), [sections]);
  const results = useQueries({
    // Keyed by the method first, so what the contract says a write changes refreshes the queue too.
    queries: sources.map((source) => ({
      queryKey: [source.method, source.input, 'queue'],
      queryFn: () => readAll(source),
      refetchInterval: REFRESH_MS,
    })),
  });

  const failed = results.find((result) => result.error);
  const loading = results.some((result) => result.isPending);
  // Late as of the last read (the queue reads again every minute).
  const now = Math.max(0, ...results.map((result) => result.dataUpdatedAt));
  const itemsOf = new Map(sources.map((source, index) => [source, results[index]?.data ?? []]));
  const rows = sectionRows(sections, (section) => section.sources.flatMap((source) => toRows(source, itemsOf.get(source) ?? [], now)));
  const waiting = sections.map((section, index) => ({ section, rows: rows[index]! })).filter((entry) => entry.rows.length > 0);

  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} data-testid="home-queue">
      <Typography variant="h2" component="h2" sx={{ mb: 1.5 }}>
        {t('queue.title')}
      </Typography>
      {failed ? (
        <QueryError error={failed.error} onRetry={() => results.forEach((result) => void result.refetch())} />
      ) : loading ? (
        <LoadingBlock />
      ) : waiting.length === 0 ? (
        <Box data-testid="queue-empty">
          <Typography variant="body1">{t('queue.empty')}</Typography>
          {sections.length > 0 && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {t('queue.emptyWatches', { list: sections.map((section) => t(`queue.sections.${section.key}`)).join(t('queue.listSeparator')) })}
            </Typography>
          )}
        </Box>
      ) : (
        <Stack spacing={2}>
          {waiting.map(({ section, rows: shown }) => (
            <QueueSectionBlock key={section.key} section={section} rows={shown} />
          ))}
        </Stack>
      )}
      {coming.length > 0 && <ComingNote coming={coming} />}
    </Paper>
  );
}
