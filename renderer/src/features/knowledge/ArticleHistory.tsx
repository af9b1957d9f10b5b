// An article's history: every change with who and when, and the full text of each revision on demand.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { LoadingBlock } from '../../components/LoadingBlock';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../lib/format';
import { useApiQuery } from '../../lib/queries';
import { ArticleContentView } from './ArticleContentView';

export function ArticleHistory({ articleId }: { articleId: number }) {
  const { t } = useTranslation('knowledge');
  const format = useFormat();
  const history = useApiQuery('knowledge.history', { id: articleId });
  const [open, setOpen] = useState<number | null>(null);
  if (history.isPending) return <LoadingBlock />;
  if (history.isError) return <QueryError error={history.error} onRetry={() => void history.refetch()} />;
  const { changes, revisions } = history.data;
  const shown = revisions.find((r) => r.revision === open);
  return (
    <Stack spacing={1} data-testid="article-history">
      <Stack component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {changes.map((change) => {
          const revision = revisions.find((r) => r.revision === change.revision);
          return (
            <Stack
              component="li"
              key={change.id}
              direction="row"
              spacing={2}
              sx={{ py: 0.75, borderBottom: 1, borderColor: 'divider', alignItems: 'baseline' }}
              data-testid={`history-${change.kind}`}
            >
              <Typography variant="caption" color="text.secondary" sx={{ width: 130, flexShrink: 0, fontVariantNumeric: 'tabular-nums' }}>
                {format.dateTime(change.at)}
              </Typography>
              <Box sx={{ flex: 1, minWidth: 0 }}>
                <Typography variant="body2">
                  {t(`history.kinds.${change.kind}`, { revision: change.revision })}
                  {change.note && (
                    <Typography component="span" variant="body2" color="text.secondary">
                      {t('history.note', { note: change.note })}
                    </Typography>
                  )}
                </Typography>
                {(change.kind === 'created' || change.kind === 'edited') && revision?.fromQuestion && (
                  <Typography variant="caption" color="text.secondary">
                    {t('history.fromQuestion')}{' '}
                    <Link component={RouterLink} to={`/questions/${revision.fromQuestion.id}`}>
                      {revision.fromQuestion.number}
                    </Link>
                  </Typography>
                )}
              </Box>
              <Typography variant="caption" color="text.secondary" sx={{ flexShrink: 0 }}>
                {change.byName ?? ''}
              </Typography>
              {(change.kind === 'created' || change.kind === 'edited') && (
                <Button size="small" onClick={() => setOpen(open === change.revision ? null : change.revision)} data-testid={`history-show-${change.revision}`}>
                  {open === change.revision ? t('history.hide') : t('history.show')}
                </Button>
              )}
            </Stack>
          );
        })}
      </Stack>
      {shown && (
        <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2 }} data-testid="history-revision">
          <Chip size="small" label={t('revision', { revision: shown.revision })} sx={{ mb: 1 }} />
          <ArticleContentView content={shown} />
        </Box>
      )}
    </Stack>
  );
}
