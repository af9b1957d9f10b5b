// Writing an article (/knowledge/new) or a new revision of one (/knowledge/:id/edit): the Chinese and English texts
// side by side, tags, a note on the change; saved as a draft, or published at once by those who publish. With
// ?fromQuestion=N it is written from a difficult question's answer: pre-filled from it (a new article) or shown it (an
// update), linked to it, and the question closes when it was already replied to.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { api, mayCall } from '../../../../shared/api';
import type { Article, ArticleText } from '../../../../shared/api/knowledge';
import type { DifficultQuestion } from '../../../../shared/api/questions';
import { useCurrentUser } from '../../app/session';
import { useNotify } from '../../app/notify';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { TheirChangesAlert } from '../../components/TheirChangesAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { SubmitButton } from '../../components/SubmitButton';
import { call } from '../../lib/api';
import { inputMaxLength } from '../../../../shared/api/limits';
import { LongTextField } from '../../components/LongTextField';
import { useApiForm } from '../../lib/apiForm';
import { useApiQuery } from '../../lib/queries';
import { departmentNameOf } from '../departments';
import { articleTitle } from './ArticleView';

type Lang = 'zh' | 'en';
type Texts = Record<Lang, ArticleText>;
type ArticleValues = Texts & { productTags: string[]; categoryTags: string[]; note: string; publish: boolean };

const EMPTY: ArticleText = { title: '', question: '', answer: '' };
const TITLE_MAX = inputMaxLength('knowledge.create', 'zh.title');
const isBlank = (text: ArticleText) => text.title.trim() === '' && text.question.trim() === '' && text.answer.trim() === '';

/** A language left blank is not sent; one of them must be written (a new revision is checked like a new article). */
const textShape = z.object({ title: z.string(), question: z.string(), answer: z.string() });
const oneLanguage = z
  .object({ zh: textShape, en: textShape })
  .refine((v) => !isBlank(v.zh) || !isBlank(v.en), { message: 'validation.articleLanguageRequired' });

function initialTexts(article: Article | null, question: DifficultQuestion | null): Texts {
  if (article) return { zh: article.zh ?? EMPTY, en: article.en ?? EMPTY };
  if (question) {
    const title = question.question.length > TITLE_MAX ? `${question.question.slice(0, TITLE_MAX - 1)}…` : question.question;
    return { zh: { title, question: question.question, answer: question.answer }, en: EMPTY };
  }
  return { zh: EMPTY, en: EMPTY };
}

function TagsField({
  label,
  value,
  options,
  onChange,
  error,
  testId,
}: {
  label: string;
  value: string[];
  options: string[];
  onChange: (tags: string[]) => void;
  error?: string;
  testId: string;
}) {
  const { t } = useTranslation('knowledge');
  return (
    <Autocomplete
      multiple
      freeSolo
      options={options}
      value={value}
      onChange={(_event, tags) => onChange([...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))])}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          error={!!error}
          helperText={error ?? t('editor.tagsHelp')}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': testId } }}
        />
      )}
    />
  );
}

function Editor({ article, question }: { article: Article | null; question: DifficultQuestion | null }) {
  const { t, i18n } = useTranslation(['knowledge', 'common', 'errors']);
  const me = useCurrentUser();
  const navigate = useNavigate();
  const notify = useNotify();
  const tags = useApiQuery('knowledge.tags', {});
  const mayPublish = mayCall(api['knowledge.publish'].access, me.roles);
  const valuesOf = (read: Article | null): ArticleValues => ({
    ...initialTexts(read, question),
    productTags: read?.productTags ?? [],
    categoryTags: read?.categoryTags ?? [],
    note: question && read ? t('editor.noteFromQuestion', { number: question.number }) : '',
    publish: false,
  });
  const { form, saveWith, busy, formError, conflict, changedElsewhere, loadLatest, theirChanges } = useApiForm({
    method: article ? 'knowledge.update' : 'knowledge.create',
    defaultValues: valuesOf(article),
    toInput: (values: ArticleValues, version) => {
      const text = (lang: Lang) => (isBlank(values[lang]) ? null : { ...values[lang] });
      const common = {
        zh: text('zh'),
        en: text('en'),
        productTags: values.productTags,
        categoryTags: values.categoryTags,
        ...(values.note.trim() !== '' && { note: values.note.trim() }),
        ...(question && { fromQuestionId: question.id }),
        ...(values.publish && { publish: true }),
      };
      return article ? { id: article.id, version, ...common } : common;
    },
    formSchema: oneLanguage,
    // "One of the languages" is said of the article as a whole.
    fieldOf: (path) => (path === 'zh' || path === 'en' ? null : undefined),
    versioned: article
      ? {
          version: article.version,
          latest: async () => {
            const latest = await call('knowledge.get', { id: article.id });
            return { version: latest.version, values: valuesOf(latest) };
          },
        }
      : undefined,
    onSaved: async (saved, values) => {
      const title = articleTitle(saved, i18n.language);
      if (question) {
        // Written from a question's answer: a question already replied to closes with the article.
        const current = await call('questions.get', { id: question.id });
        if (current.state === 'replied') {
          await call('questions.close', { id: current.id, version: current.version, articleId: saved.id });
          notify(t('notices.savedAndClosed', { title, number: current.number }));
        } else {
          notify(t('notices.savedFromQuestion', { title, number: current.number }));
        }
        void navigate(`/questions/${question.id}`);
        return;
      }
      notify(t(values.publish ? 'notices.savedAndPublished' : 'notices.saved', { title }));
      void navigate(`/knowledge/${saved.id}`);
    },
  });
  const { register, control, getValues, setValue, formState: { errors } } = form;
  /** Saves as a draft, or published at once. */
  const saveAs = (publish: boolean) =>
    form.handleSubmit(async (values) => {
      await saveWith({ ...values, publish });
    });

  const field = (lang: Lang, name: keyof ArticleText, extra: { rows?: number; required?: boolean } = {}) =>
    name === 'title' ? (
      <TextField
        label={t(`fields.${name}`)}
        {...register(`${lang}.${name}`)}
        error={!!errors[lang]?.[name]}
        helperText={errors[lang]?.[name]?.message}
        slotProps={{ htmlInput: { 'data-testid': `article-${lang}-${name}`, lang: lang === 'zh' ? 'zh-CN' : 'en' } }}
      />
    ) : (
      <LongTextField
        label={t(`fields.${name}`)}
        {...register(`${lang}.${name}`)}
        text={form.watch(`${lang}.${name}`)}
        max={inputMaxLength('knowledge.create', `${lang}.${name}`)}
        minRows={extra.rows}
        error={!!errors[lang]?.[name]}
        helperText={errors[lang]?.[name]?.message}
        testId={`article-${lang}-${name}`}
        slotProps={{ htmlInput: { lang: lang === 'zh' ? 'zh-CN' : 'en' } }}
      />
    );

  return (
    <form onSubmit={(event) => void saveAs(false)(event)} noValidate data-testid="article-editor">
      <Stack spacing={2}>
        {question && (
          <Alert severity="info" data-testid="editor-from-question">
            <AlertTitle>{t('editor.fromQuestion', { number: question.number })}</AlertTitle>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
              {t('editor.questionAsked', { question: question.question })}
            </Typography>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }}>
              {t('editor.departmentAnswer', {
                department: departmentNameOf(question, i18n.language),
                answer: question.answer,
              })}
            </Typography>
            {article && (
              <Button size="small" sx={{ mt: 1 }} onClick={() => setValue('zh.answer', `${getValues('zh.answer').trim()}\n${question.answer}`.trim())} data-testid="editor-append-answer">
                {t('editor.appendAnswer')}
              </Button>
            )}
          </Alert>
        )}
        <FormErrorAlert error={formError} conflict={conflict} changedElsewhere={changedElsewhere} onLoadLatest={loadLatest} />
        <TheirChangesAlert
          changes={theirChanges}
          words={{
            labels: {
              ...Object.fromEntries(
                (['zh', 'en'] as const).flatMap((lang) => (['title', 'question', 'answer'] as const).map((name) => [`${lang}.${name}`, `${t(`fields.${name}`)} (${t(`editor.language.${lang}`)})`])),
              ),
              productTags: t('fields.productTags'),
              categoryTags: t('fields.categoryTags'),
            },
          }}
        />
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
          {(['zh', 'en'] as const).map((lang) => (
            <Paper key={lang} variant="outlined" sx={{ p: 2 }} data-testid={`editor-${lang}`}>
              <Typography variant="subtitle2" sx={{ mb: 1.5 }}>
                {t(`editor.language.${lang}`)}
              </Typography>
              <Stack spacing={2}>
                {field(lang, 'title')}
                {field(lang, 'question', { rows: 2 })}
                {field(lang, 'answer', { rows: 6 })}
              </Stack>
            </Paper>
          ))}
        </Box>
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Stack spacing={2}>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
              <Box sx={{ flex: 1 }}>
                <Controller
                  control={control}
                  name="productTags"
                  render={({ field: tagsField }) => (
                    <TagsField
                      label={t('fields.productTags')}
                      value={tagsField.value}
                      options={tags.data?.products ?? []}
                      onChange={tagsField.onChange}
                      error={errors.productTags?.message ?? errors.productTags?.[0]?.message}
                      testId="article-product-tags"
                    />
                  )}
                />
              </Box>
              <Box sx={{ flex: 1 }}>
                <Controller
                  control={control}
                  name="categoryTags"
                  render={({ field: tagsField }) => (
                    <TagsField
                      label={t('fields.categoryTags')}
                      value={tagsField.value}
                      options={tags.data?.categories ?? []}
                      onChange={tagsField.onChange}
                      error={errors.categoryTags?.message ?? errors.categoryTags?.[0]?.message}
                      testId="article-category-tags"
                    />
                  )}
                />
              </Box>
            </Stack>
            <LongTextField
              label={t('fields.note')}
              {...register('note')}
              text={form.watch('note')}
              max={inputMaxLength(article ? 'knowledge.update' : 'knowledge.create', 'note')}
              minRows={1}
              error={!!errors.note}
              helperText={errors.note?.message ?? t('editor.noteHelp')}
              testId="article-note"
            />
          </Stack>
        </Paper>
        <Stack direction="row" spacing={1.5} sx={{ justifyContent: 'flex-end', alignItems: 'center' }}>
          {article && (
            <Typography variant="caption" color="text.secondary" sx={{ mr: 'auto' }}>
              {t('editor.basedOn', { revision: article.revision })}
            </Typography>
          )}
          <Button onClick={() => void navigate(question ? `/questions/${question.id}` : article ? `/knowledge/${article.id}` : '/knowledge')}>
            {t('common:actions.cancel')}
          </Button>
          <SubmitButton busy={busy} variant={mayPublish ? 'outlined' : 'contained'} data-testid="article-save-draft">
            {article?.state === 'published' ? t('editor.saveRevision') : t('editor.saveDraft')}
          </SubmitButton>
          {mayPublish && (
            <Button variant="contained" disabled={busy} onClick={() => void saveAs(true)()} data-testid="article-save-publish">
              {t('editor.saveAndPublish')}
            </Button>
          )}
        </Stack>
      </Stack>
    </form>
  );
}

export function ArticleEditorPage() {
  const { t } = useTranslation('knowledge');
  const params = useParams();
  const [search] = useSearchParams();
  const id = params.id === undefined ? null : Number(params.id);
  const fromQuestion = Number(search.get('fromQuestion') ?? '');
  const questionId = Number.isInteger(fromQuestion) && fromQuestion > 0 ? fromQuestion : null;
  const article = useApiQuery('knowledge.get', { id: id ?? 1 }, { enabled: id !== null && Number.isInteger(id) && id > 0, staleTime: Infinity });
  const question = useApiQuery('questions.get', { id: questionId ?? 1 }, { enabled: questionId !== null, staleTime: Infinity });

  const pending = (id !== null && article.isPending) || (questionId !== null && question.isPending);
  const error = (id !== null && article.error) || (questionId !== null && question.error) || null;
  return (
    <>
      <BackLink to={id !== null ? `/knowledge/${id}` : '/knowledge'} sx={{ mb: 1 }}>{t('back')}</BackLink>
      <PageHeader title={id !== null ? t('editor.editTitle', { number: article.data?.number ?? '' }) : t('editor.createTitle')} />
      {error ? <QueryError error={error} /> : pending ? <LoadingBlock /> : <Editor article={id !== null ? (article.data ?? null) : null} question={questionId !== null ? (question.data ?? null) : null} />}
    </>
  );
}
