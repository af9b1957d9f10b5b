// A part's page: its stock and value, what it is and where it lies, the models it fits, its substitutes (替代备品, each
// with its stock) and the parts it stands in for, and its ledger newest first. Clerks edit the part and move its stock
// from here: receive, issue, return, adjust, and reverse a wrong movement from its row.
import EditOutlined from '@mui/icons-material/EditOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { api, mayCall } from '../../../../shared/api';
import type { PartSummary } from '../../../../shared/api/parts';
import type { StockMovement } from '../../../../shared/api/stock';
import { useCurrentUser } from '../../app/session';
import { BackLink } from '../../components/BackLink';
import { FieldGrid, FieldRow, orDash } from '../../components/FieldGrid';
import { LoadingBlock } from '../../components/LoadingBlock';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { Section } from '../../components/Section';
import { TextStepDialog } from '../../components/TextStepDialog';
import { formatYuan } from '../../lib/money';
import { useApiQuery } from '../../lib/queries';
import { MovementsTable } from './MovementsTable';
import { PartDialog } from './PartDialog';
import { STOCK_ACTIONS, type StockAction } from './partForm';
import { quantityText } from './PartPicker';
import { signedQuantity } from './movements';
import { StockDialog } from './StockDialog';
import { PrintLabelsButton } from './labels/PrintLabelsButton';

/** Parts named on the page (substitutes, and those this one stands in for): each a link, with its stock. */
function PartLinks({ parts, empty, testId }: { parts: PartSummary[]; empty: string; testId: string }) {
  const { t, i18n } = useTranslation('parts');
  if (parts.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid={testId}>
        {empty}
      </Typography>
    );
  }
  return (
    <List dense disablePadding data-testid={testId}>
      {parts.map((part) => (
        <ListItem key={part.id} disableGutters sx={{ display: 'flex', gap: 1, alignItems: 'baseline' }}>
          <Link component={RouterLink} to={`/parts/${part.id}`} underline="hover" sx={{ fontFamily: 'monospace' }}>
            {part.code}
          </Link>
          <Typography variant="body2" sx={{ flex: 1, minWidth: 0 }} noWrap>
            {part.name}
            {part.status === 'discontinued' && <Chip size="small" variant="outlined" color="warning" label={t('status.discontinued')} sx={{ ml: 0.75 }} />}
          </Typography>
          <Typography variant="body2" color={part.onHand > 0 ? 'text.primary' : 'error'} sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
            {quantityText(part.onHand, part.unit, i18n.language)}
          </Typography>
        </ListItem>
      ))}
    </List>
  );
}

export function PartPage() {
  const { t, i18n } = useTranslation(['parts', 'nav', 'common']);
  const language = i18n.language;
  const me = useCurrentUser();
  const id = Number(useParams().id);
  const page = useApiQuery('parts.get', { id });
  const [editing, setEditing] = useState(false);
  const [moving, setMoving] = useState<StockAction | null>(null);
  const [reversing, setReversing] = useState<StockMovement | null>(null);
  const mayEdit = mayCall(api['parts.update'].access, me.roles);
  const mayMove = mayCall(api['stock.issue'].access, me.roles);
  const mayReverse = mayCall(api['stock.reverse'].access, me.roles);

  if (page.isError) return <QueryError error={page.error} onRetry={() => void page.refetch()} />;
  if (!page.data) return <LoadingBlock />;
  const { part } = page.data;
  const quantity = (units: number) => quantityText(units, part.unit, language);

  return (
    <>
      <BackLink to="/parts" sx={{ mb: 1 }}>
        {t('page.back')}
      </BackLink>
      <PageHeader
        title={`${part.code} ${part.name}`}
        subtitle={part.spec || undefined}
        actions={
          <>
            <PrintLabelsButton partIds={[part.id]} />
            {mayEdit && (
              <Button startIcon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="part-edit">
                {t('common:actions.edit')}
              </Button>
            )}
            {mayMove &&
              STOCK_ACTIONS.map((action) => (
                <Button key={action} variant={action === 'issue' || action === 'receive' ? 'contained' : 'outlined'} onClick={() => setMoving(action)} data-testid={`part-${action}`}>
                  {t(`stock.actions.${action}`)}
                </Button>
              ))}
          </>
        }
      />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'minmax(220px, 0.8fr) minmax(0, 1.4fr) minmax(0, 1.2fr)' }, alignItems: 'start', mb: 2 }}>
        <Paper variant="outlined" sx={{ p: 2 }} data-testid="part-stock">
          <Typography variant="caption" color="text.secondary" component="div">
            {t('fields.onHand')}
          </Typography>
          <Typography variant="h1" component="p" sx={{ fontVariantNumeric: 'tabular-nums' }} data-testid="part-on-hand">
            {quantity(part.onHand)}
          </Typography>
          <Stack direction="row" spacing={0.75} sx={{ mt: 0.5, flexWrap: 'wrap' }}>
            {part.low && <Chip size="small" color="error" label={t('page.belowReorder', { quantity: quantity(part.reorderPoint) })} data-testid="part-low" />}
            <Chip size="small" variant="outlined" color={part.status === 'active' ? 'success' : 'warning'} label={t(`status.${part.status}`)} data-testid="part-status-chip" />
          </Stack>
          <Box sx={{ mt: 2 }}>
            <FieldGrid>
              <FieldRow label={t('fields.value')} testId="part-value">
                {formatYuan(part.valueFen, language)}
              </FieldRow>
              <FieldRow label={t('fields.averageCost')}>{formatYuan(part.averageCostFen, language)}</FieldRow>
              <FieldRow label={t('page.priceCost')}>{formatYuan(part.unitCostFen, language)}</FieldRow>
              <FieldRow label={t('fields.reorderPoint')}>{quantity(part.reorderPoint)}</FieldRow>
            </FieldGrid>
          </Box>
        </Paper>
        <Section title={t('page.details')} testId="part-details">
          <FieldGrid>
            <FieldRow label={t('fields.code')}>{part.code}</FieldRow>
            <FieldRow label={t('fields.name')}>{part.name}</FieldRow>
            <FieldRow label={t('fields.spec')}>{orDash(part.spec)}</FieldRow>
            <FieldRow label={t('fields.unit')}>{part.decimals === 0 ? t('page.unitWhole', { unit: part.unit }) : t('page.unitWithDecimals', { unit: part.unit, count: part.decimals })}</FieldRow>
            <FieldRow label={t('fields.bin')} testId="part-bin">
              {orDash(part.bin)}
            </FieldRow>
            <FieldRow label={t('fields.models')}>
              {part.models.length === 0 ? '—' : part.models.map((model) => model.model).join(t('common:listSeparator'))}
            </FieldRow>
            <FieldRow label={t('fields.notes')} multiline>
              {orDash(part.notes)}
            </FieldRow>
          </FieldGrid>
        </Section>
        <Stack spacing={2}>
          <Section title={t('fields.substitutes')} count={part.substitutes.length} testId="part-substitutes">
            <PartLinks parts={part.substitutes} empty={t('page.noSubstitutes')} testId="part-substitute-list" />
          </Section>
          {part.substituteFor.length > 0 && (
            <Section title={t('page.substituteFor')} count={part.substituteFor.length} testId="part-substitute-for">
              <PartLinks parts={part.substituteFor} empty="" testId="part-substitute-for-list" />
            </Section>
          )}
        </Stack>
      </Box>
      <Section title={t('movements.title')} testId="part-movements">
        <MovementsTable page={page.data} {...(mayReverse && { onReverse: setReversing })} />
      </Section>
      {editing && <PartDialog part={part} onClose={() => setEditing(false)} />}
      {moving && <StockDialog key={moving} action={moving} part={part} onClose={() => setMoving(null)} />}
      {reversing && (
        <TextStepDialog
          method="stock.reverse"
          textField="reason"
          input={(reason) => ({ movementId: reversing.id, reason })}
          title={t('movements.reverseTitle', { id: reversing.id })}
          label={t('movements.reverseReason')}
          submitLabel={t('movements.reverse')}
          testId="reverse-dialog"
          onClose={() => setReversing(null)}
        >
          <Typography variant="body2">
            {t('movements.reverseWhat', {
              kind: t(`movements.kinds.${reversing.kind}`),
              quantity: `${signedQuantity(reversing.quantity, language)} ${reversing.unit}`,
            })}
          </Typography>
        </TextStepDialog>
      )}
    </>
  );
}
