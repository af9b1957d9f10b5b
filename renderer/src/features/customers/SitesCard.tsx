// 安装地点: each site with its address, how much equipment it has, and the handover documents it still lacks.
import AddLocationAltOutlined from '@mui/icons-material/AddLocationAltOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Equipment, Site } from '../../../../shared/api';
import { Section } from '../../components/Section';

export function SitesCard({
  sites,
  equipment,
  editable,
  onAdd,
  onEdit,
}: {
  sites: Site[];
  equipment: Equipment[];
  editable: boolean;
  onAdd: () => void;
  onEdit: (site: Site) => void;
}) {
  const { t } = useTranslation(['customers', 'documents']);
  return (
    <Section
      title={t('sections.sites')}
      count={sites.length}
      testId="customer-sites"
      actions={
        editable && (
          <Button size="small" startIcon={<AddLocationAltOutlined />} onClick={onAdd} data-testid="site-add">
            {t('page.addSite')}
          </Button>
        )
      }
    >
      {sites.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('page.noSites')}
        </Typography>
      )}
      <Stack spacing={1.25}>
        {sites.map((site) => {
          const units = equipment.filter((unit) => unit.siteId === site.id).length;
          const missing = site.missingDocumentKinds;
          return (
            <Box key={site.id} sx={{ borderLeft: 3, borderColor: missing.length > 0 ? 'warning.main' : 'success.main', pl: 1.5 }} data-testid={`site-${site.id}`}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Typography variant="body2" sx={{ fontWeight: 500, flex: 1 }}>
                  {site.name}
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                    {t('page.siteEquipment', { count: units })}
                  </Typography>
                </Typography>
                {editable && (
                  <Tooltip title={t('page.editSite')}>
                    <IconButton size="small" onClick={() => onEdit(site)} aria-label={t('page.editSite')}>
                      <EditOutlined fontSize="small" />
                    </IconButton>
                  </Tooltip>
                )}
              </Stack>
              {(site.address || site.region) && (
                <Typography variant="caption" color="text.secondary" component="div">
                  {[site.region, site.address].filter((part) => part).join(t('search.separator'))}
                </Typography>
              )}
              <Stack direction="row" spacing={0.5} sx={{ mt: 0.5, flexWrap: 'wrap', rowGap: 0.5, alignItems: 'center' }} data-testid="site-documents">
                {missing.length === 0 ? (
                  <Chip size="small" color="success" variant="outlined" label={t('documents:complete')} data-testid="site-documents-complete" />
                ) : (
                  <>
                    <WarningAmberOutlined sx={{ fontSize: 16, color: 'warning.main' }} />
                    <Typography variant="caption" sx={{ color: 'warning.dark', mr: 0.5 }}>
                      {t('documents:missing')}
                    </Typography>
                    {missing.map((kind) => (
                      <Chip key={kind} size="small" color="warning" variant="outlined" label={t(`documents:kinds.${kind}`)} data-testid={`site-missing-${kind}`} />
                    ))}
                  </>
                )}
              </Stack>
            </Box>
          );
        })}
      </Stack>
    </Section>
  );
}
