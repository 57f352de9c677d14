import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProgramme } from '../../lib/programme';

/** The programme's name from the city pack, linking home; "USE-IT" until it has loaded. */
export function ProgrammeName() {
  const { t } = useTranslation();
  const { data: programme } = useProgramme();

  return (
    <Anchor component={Link} to="/" fw={700} size="lg" c="indigo.9" underline="never" truncate="end" miw={0} dir="auto">
      {programme?.name ?? t('app.name')}
    </Anchor>
  );
}
