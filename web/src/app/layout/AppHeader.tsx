import { Box, Burger, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GlobalSearch, SearchButton } from '../../features/search/components/GlobalSearch';
import { can, type SessionUser } from '../../lib/session';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ProgrammeName } from './ProgrammeName';
import { UserMenu } from './UserMenu';

type Props = {
  user: SessionUser;
  navOpened: boolean;
  onToggleNav: () => void;
  onLanguageChange: (language: string) => void;
};

export const navbarId = 'app-navbar';

export function AppHeader({ user, navOpened, onToggleNav, onLanguageChange }: Props) {
  const { t } = useTranslation();

  return (
    <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
      <Group gap="xs" wrap="nowrap" miw={0} style={{ flex: 1 }}>
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={navOpened ? t('nav.close') : t('nav.open')}
          aria-expanded={navOpened}
          aria-controls={navbarId}
        />
        <ProgrammeName />
      </Group>
      <Group gap="xs" wrap="nowrap">
        {can(user, 'search.read') && (
          <>
            <Box visibleFrom="md">
              <GlobalSearch />
            </Box>
            <Box hiddenFrom="md">
              <SearchButton />
            </Box>
          </>
        )}
        <LanguageSwitcher onChange={onLanguageChange} />
        <UserMenu user={user} />
      </Group>
    </Group>
  );
}
