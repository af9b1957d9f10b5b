// A consultation answered on the spot (当场解答): the knowledge base opened with the call's words; the article picked is
// recorded with the request, which then closes at once.
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import MenuBookOutlined from '@mui/icons-material/MenuBookOutlined';
import Alert from '@mui/material/Alert';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { KnowledgePicker, articleTitle } from '../../knowledge';
import type { DraftArticle } from './callDraft';

export function KnowledgePanel({
  query,
  article,
  onPick,
}: {
  /** The call's words so far: what the knowledge base is searched for first. */
  query: string;
  article: DraftArticle | null;
  onPick: (article: DraftArticle | null) => void;
}) {
  const { t, i18n } = useTranslation('requests');
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid="call-knowledge">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <MenuBookOutlined fontSize="small" color="primary" />
        <Typography variant="subtitle2" sx={{ flex: 1 }}>
          {t('call.knowledgeTitle')}
        </Typography>
      </Stack>
      {article ? (
        <Alert
          severity="success"
          data-testid="call-knowledge-picked"
          action={
            <Tooltip title={t('call.knowledgeUnpick')}>
              <IconButton size="small" color="inherit" onClick={() => onPick(null)} aria-label={t('call.knowledgeUnpick')}>
                <CloseOutlined fontSize="small" />
              </IconButton>
            </Tooltip>
          }
        >
          {t('call.knowledgePicked', { number: article.number, title: article.title })}
        </Alert>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('call.knowledgeHelp')}
          </Typography>
          <KnowledgePicker
            initialQuery={query}
            pickLabel={t('call.knowledgeUse')}
            testId="call-knowledge-picker"
            onPick={(picked) =>
              onPick({ id: picked.id, number: picked.number, title: articleTitle(picked.publishedContent ?? picked, i18n.language) })
            }
          />
        </>
      )}
    </Paper>
  );
}
