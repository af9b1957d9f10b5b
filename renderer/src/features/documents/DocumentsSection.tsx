// 竣工资料: the customer's handover documents; a click saves the file as it was added.
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import NoteAddOutlined from '@mui/icons-material/NoteAddOutlined';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Equipment, HandoverDocument, Site } from '../../../../shared/api';
import { useNotify } from '../../app/notify';
import { call } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { Section } from '../../components/Section';
import { base64ToBlob, saveBlob } from './files';

export function DocumentsSection({
  documents,
  sites,
  equipment,
  editable,
  onAdd,
}: {
  documents: HandoverDocument[];
  sites: Site[];
  equipment: Equipment[];
  editable: boolean;
  onAdd: () => void;
}) {
  const { t } = useTranslation(['documents', 'customers']);
  const format = useFormat();
  const notify = useNotify();
  const [downloading, setDownloading] = useState<number | null>(null);
  const siteName = new Map(sites.map((site) => [site.id, site.name]));
  const unitName = new Map(equipment.map((unit) => [unit.id, `${unit.model} · ${unit.serialNumber}`]));

  const download = async (document: HandoverDocument) => {
    setDownloading(document.id);
    try {
      const file = await call('documents.content', { id: document.id });
      saveBlob(base64ToBlob(file.contentBase64, file.mimeType), file.fileName);
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setDownloading(null);
    }
  };

  return (
    <Section
      title={t('customers:sections.documents')}
      count={documents.length}
      testId="customer-documents"
      actions={
        editable && (
          <Button size="small" startIcon={<NoteAddOutlined />} onClick={onAdd} data-testid="document-add">
            {t('add')}
          </Button>
        )
      }
    >
      {documents.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('none')}
        </Typography>
      ) : (
        <TableContainer>
          <Table size="small" sx={{ '& td, & th': { px: 1 } }}>
            <TableHead>
              <TableRow>
                <TableCell>{t('fields.kind')}</TableCell>
                <TableCell>{t('fields.title')}</TableCell>
                <TableCell>{t('fields.fileName')}</TableCell>
                <TableCell>{t('fields.for')}</TableCell>
                <TableCell align="right">{t('fields.size')}</TableCell>
                <TableCell>{t('fields.added')}</TableCell>
                <TableCell sx={{ width: 48 }} />
              </TableRow>
            </TableHead>
            <TableBody>
              {documents.map((document) => (
                <TableRow key={document.id} hover data-testid={`document-row-${document.id}`}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{t(`kinds.${document.kind}`)}</TableCell>
                  <TableCell>{document.title}</TableCell>
                  <TableCell sx={{ wordBreak: 'break-all' }}>{document.fileName}</TableCell>
                  <TableCell>
                    {[document.siteId !== null ? siteName.get(document.siteId) : '', document.equipmentId !== null ? unitName.get(document.equipmentId) : '']
                      .filter((part) => part)
                      .join(t('customers:search.separator'))}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {format.bytes(document.sizeBytes)}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Typography variant="body2">{format.dateTime(document.addedAt)}</Typography>
                    <Typography variant="caption" color="text.secondary">
                      {document.addedBy ?? ''}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <Tooltip title={t('download')}>
                      <span>
                        <IconButton
                          size="small"
                          onClick={() => void download(document)}
                          disabled={downloading === document.id}
                          aria-label={t('download')}
                          data-testid={`document-download-${document.id}`}
                        >
                          {downloading === document.id ? <CircularProgress size={16} /> : <DownloadOutlined fontSize="small" />}
                        </IconButton>
                      </span>
                    </Tooltip>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Section>
  );
}
