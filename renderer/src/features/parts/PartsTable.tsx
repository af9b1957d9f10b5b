// The store's parts, one row each: code (a link to the part's page; a double click opens it too), name, spec, bin,
// stock with its unit, reorder point, value, and a mark on a part below its reorder point (最低库存).
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import type { PartSummary } from '../../../../shared/api/parts';
import { LoadingBlock } from '../../components/LoadingBlock';
import { formatYuan } from '../../lib/money';
import { quantityText } from './PartPicker';

const NUMBER = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

export function PartsTable({ rows, pending, emptyText }: { rows: readonly PartSummary[]; pending: boolean; emptyText: string }) {
  const { t, i18n } = useTranslation('parts');
  const navigate = useNavigate();
  const language = i18n.language;
  return (
    <TableContainer component={Paper} variant="outlined" data-testid="parts-grid">
      <Table size="small" sx={{ '& th, & td': { px: 1.25 }, '& th': { whiteSpace: 'nowrap' } }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 130 }}>{t('fields.code')}</TableCell>
            <TableCell sx={{ minWidth: 160 }}>{t('fields.name')}</TableCell>
            <TableCell>{t('fields.spec')}</TableCell>
            <TableCell>{t('fields.bin')}</TableCell>
            <TableCell sx={NUMBER}>{t('fields.onHand')}</TableCell>
            <TableCell sx={NUMBER}>{t('fields.reorderPoint')}</TableCell>
            <TableCell sx={NUMBER}>{t('fields.value')}</TableCell>
            <TableCell sx={{ width: 120 }}>{t('list.lowColumn')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((part) => (
            <TableRow key={part.id} hover onDoubleClick={() => void navigate(`/parts/${part.id}`)} data-testid={`part-row-${part.code}`}>
              <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                <Link component={RouterLink} to={`/parts/${part.id}`} underline="hover">
                  {part.code}
                </Link>
              </TableCell>
              <TableCell>
                {part.name}
                {part.status === 'discontinued' && <Chip size="small" color="warning" variant="outlined" label={t('status.discontinued')} sx={{ ml: 1 }} />}
              </TableCell>
              <TableCell>{part.spec}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{part.bin}</TableCell>
              <TableCell sx={{ ...NUMBER, ...(part.low && { color: 'error.main', fontWeight: 500 }) }} data-testid="part-on-hand">
                {quantityText(part.onHand, part.unit, language)}
              </TableCell>
              <TableCell sx={NUMBER}>{quantityText(part.reorderPoint, part.unit, language)}</TableCell>
              <TableCell sx={NUMBER}>{formatYuan(part.valueFen, language)}</TableCell>
              <TableCell>
                {part.low && (
                  <Chip size="small" color="error" variant="outlined" icon={<WarningAmberOutlined />} label={t('list.low')} data-testid="part-low" />
                )}
              </TableCell>
            </TableRow>
          ))}
          {!pending && rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={8}>
                <Typography variant="body2" color="text.secondary" sx={{ py: 2, textAlign: 'center' }} data-testid="parts-empty">
                  {emptyText}
                </Typography>
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      {pending && <LoadingBlock />}
    </TableContainer>
  );
}
