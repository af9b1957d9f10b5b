import TranslateOutlined from '@mui/icons-material/TranslateOutlined';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import { useSwitchLanguage } from '../app/session';
import { currentLanguage } from '../app/i18n';

/** zh-CN ⇄ en; the button names the language it switches to, in that language. */
export function LanguageSwitch({ color = 'inherit' }: { color?: 'inherit' | 'primary' }) {
  const { t } = useTranslation('common');
  const switchLanguage = useSwitchLanguage();
  const target = currentLanguage() === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <Tooltip title={t('language.label')}>
      <Button
        color={color}
        size="small"
        startIcon={<TranslateOutlined fontSize="small" />}
        onClick={() => switchLanguage(target)}
        data-testid="language-switch"
        lang={target}
      >
        {t(`language.${target}`)}
      </Button>
    </Tooltip>
  );
}
