// An article's text in both languages (the interface language first), with its tags.
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ArticleContent, ArticleText } from '../../../../shared/api/knowledge';

function TextBlock({ text, language, showTitle }: { text: ArticleText; language: 'zh' | 'en'; showTitle: boolean }) {
  const { t } = useTranslation('knowledge');
  return (
    <Box data-testid={`article-text-${language}`} lang={language === 'zh' ? 'zh-CN' : 'en'}>
      <Typography variant="overline" color="text.secondary">
        {t(`languages.${language}`)}
      </Typography>
      {showTitle && (
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
          {text.title}
        </Typography>
      )}
      {text.question && (
        <>
          <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1 }}>
            {t('fields.question')}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {text.question}
          </Typography>
        </>
      )}
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1 }}>
        {t('fields.answer')}
      </Typography>
      <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap' }} data-testid={`article-answer-${language}`}>
        {text.answer}
      </Typography>
    </Box>
  );
}

export function Tags({ content }: { content: Pick<ArticleContent, 'productTags' | 'categoryTags'> }) {
  if (content.productTags.length + content.categoryTags.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.75} sx={{ flexWrap: 'wrap', rowGap: 0.75 }}>
      {content.productTags.map((tag) => (
        <Chip key={`p-${tag}`} size="small" color="primary" variant="outlined" label={tag} />
      ))}
      {content.categoryTags.map((tag) => (
        <Chip key={`c-${tag}`} size="small" variant="outlined" label={tag} />
      ))}
    </Stack>
  );
}

export function ArticleContentView({ content, showTitles = true }: { content: ArticleContent; showTitles?: boolean }) {
  const { i18n } = useTranslation();
  const blocks = (i18n.language === 'en' ? (['en', 'zh'] as const) : (['zh', 'en'] as const)).filter((key) => content[key] !== null);
  return (
    <Stack spacing={1.5}>
      <Tags content={content} />
      {blocks.map((key, index) => (
        <Box key={key}>
          {index > 0 && <Divider sx={{ mb: 1.5 }} />}
          <TextBlock text={content[key]!} language={key} showTitle={showTitles} />
        </Box>
      ))}
    </Stack>
  );
}
