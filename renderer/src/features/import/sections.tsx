// The boxes and figures both import screens are made of, and the file chosen with its name and row count.
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ChangeEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPTED_FILES } from './files';

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


/**
 * The file to import: the button to choose it (again), its name and row count once read, what to choose while none is,
 * a progress bar while it is read, and why it cannot be read. `children` follow inside the box (a note of the kind).
 */
export function FileSection({
  fileName,
  rowCount,
  help,
  reading,
  disabled,
  error,
  onChoose,
  children,
}: {
  fileName: string | null;
  rowCount: string;
  help: string;
  reading: boolean;
  disabled: boolean;
  error: string | null;
  onChoose: (event: ChangeEvent<HTMLInputElement>) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation('import');
  return (
    <Section testId="import-file">
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <Button component="label" variant={fileName ? 'outlined' : 'contained'} startIcon={<UploadFileOutlined />} disabled={disabled} sx={{ flexShrink: 0 }}>
          {fileName ? t('chooseAnother') : t('chooseFile')}
          <input type="file" hidden accept={ACCEPTED_FILES} onChange={onChoose} data-testid="import-file-input" />
        </Button>
        {fileName ? (
          <Stack direction="row" spacing={4} sx={{ minWidth: 0, flexWrap: 'wrap' }}>
            <Box sx={{ minWidth: 0 }}>
              <Typography variant="caption" color="text.secondary" component="div">
                {t('fileName')}
              </Typography>
              <Typography variant="body1" noWrap data-testid="import-file-name" sx={{ fontWeight: 500 }}>
                {fileName}
              </Typography>
            </Box>
            <Box>
              <Typography variant="caption" color="text.secondary" component="div">
                {t('rowCount')}
              </Typography>
              <Typography variant="body1" data-testid="import-row-count" sx={{ fontWeight: 500 }}>
                {rowCount}
              </Typography>
            </Box>
          </Stack>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {help}
          </Typography>
        )}
      </Stack>
      {reading && (
        <Box sx={{ mt: 2 }}>
          <LinearProgress />
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t('reading')}
          </Typography>
        </Box>
      )}
      {error && (
        <Alert severity="error" sx={{ mt: 2 }} data-testid="import-file-error">
          {error}
        </Alert>
      )}
      {children}
    </Section>
  );
}
