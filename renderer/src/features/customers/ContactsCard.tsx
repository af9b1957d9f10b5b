// 联系人: each contact with title, email and every phone number as typed, with its extension (转 8012 / ext. 8012).
import PhoneOutlined from '@mui/icons-material/PhoneOutlined';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/api';
import { Section } from '../../components/Section';
import { phoneText } from '../../lib/phone';

export function ContactsCard({ contacts }: { contacts: Contact[] }) {
  const { t } = useTranslation('customers');
  return (
    <Section title={t('sections.contacts')} count={contacts.length} testId="customer-contacts">
      {contacts.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('page.noContacts')}
        </Typography>
      )}
      <Stack spacing={1.5}>
        {contacts.map((contact) => (
          <Box key={contact.id}>
            <Typography variant="body2" sx={{ fontWeight: 500 }}>
              {contact.name}
              {contact.title && (
                <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                  {contact.title}
                </Typography>
              )}
            </Typography>
            {contact.phones.map((phone) => (
              <Stack key={phone.id} direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
                <PhoneOutlined sx={{ fontSize: 14, color: 'text.secondary' }} />
                <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }} data-testid="contact-phone">
                  {phoneText(t, phone.number, phone.extension)}
                </Typography>
              </Stack>
            ))}
            {contact.email && (
              <Typography variant="caption" color="text.secondary">
                {contact.email}
              </Typography>
            )}
          </Box>
        ))}
      </Stack>
    </Section>
  );
}
