// 数据导入: first what is imported, customers (客户档案) or spare parts (备品备件), then that import's screen. Each kind is
// offered to whoever may import it: the archive's information managers the customers, the inventory clerks the parts.
import ContactPhoneOutlined from '@mui/icons-material/ContactPhoneOutlined';
import Inventory2Outlined from '@mui/icons-material/Inventory2Outlined';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, mayCall } from '../../../../shared/api';
import { useCurrentUser } from '../../app/session';
import { CustomersImport } from './CustomersImport';
import { PartsImport } from './PartsImport';
import { Section } from './sections';

export type ImportKind = 'customers' | 'parts';

const METHOD_OF: Record<ImportKind, 'import.commit' | 'import.commitParts'> = { customers: 'import.commit', parts: 'import.commitParts' };
const ICONS = { customers: ContactPhoneOutlined, parts: Inventory2Outlined };

export function ImportPage() {
  const { t } = useTranslation('import');
  const me = useCurrentUser();
  const kinds = (['customers', 'parts'] as const).filter((kind) => mayCall(api[METHOD_OF[kind]].access, me.roles));
  const [chosen, setChosen] = useState<ImportKind | null>(null);
  const kind = chosen !== null && kinds.includes(chosen) ? chosen : (kinds[0] ?? 'customers');

  const chooser = (
    <Section testId="import-kind">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <Typography id="import-kind-label" variant="body1" sx={{ fontWeight: 500 }}>
          {t('kind.label')}
        </Typography>
        <ToggleButtonGroup
          exclusive
          size="small"
          color="primary"
          value={kind}
          onChange={(_, value: ImportKind | null) => value && setChosen(value)}
          aria-labelledby="import-kind-label"
        >
          {(['customers', 'parts'] as const).map((choice) => {
            const Icon = ICONS[choice];
            return (
              <ToggleButton key={choice} value={choice} disabled={!kinds.includes(choice)} sx={{ px: 2, gap: 1 }} data-testid={`import-kind-${choice}`}>
                <Icon fontSize="small" />
                {t(`kind.${choice}`)}
              </ToggleButton>
            );
          })}
        </ToggleButtonGroup>
        {kinds.length < 2 && (
          <Typography variant="body2" color="text.secondary">
            {t('kind.onlyYours')}
          </Typography>
        )}
      </Stack>
    </Section>
  );
  // A new kind starts afresh: each screen keeps its own file and mapping.
  return kind === 'parts' ? <PartsImport key="parts" kindChooser={chooser} /> : <CustomersImport key="customers" kindChooser={chooser} />;
}
