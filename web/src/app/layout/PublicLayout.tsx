import { Box, Container, Group } from '@mantine/core';
import { Outlet } from 'react-router';
import { chooseLanguage } from '../i18n/i18n';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ProgrammeName } from './ProgrammeName';
import { mainContentId, SkipLink } from './SkipLink';
import classes from './layout.module.css';

/** Frame for pages seen before signing in: programme name, language choice, and the page. */
export function PublicLayout() {
  return (
    <>
      <SkipLink />
      <Box component="header" className={classes.publicHeader}>
        <Group justify="space-between" wrap="nowrap" h="100%" px="md" gap="sm">
          <ProgrammeName />
          <LanguageSwitcher onChange={(language) => void chooseLanguage(language)} />
        </Group>
      </Box>
      <Container component="main" id={mainContentId} tabIndex={-1} size="xs" py="xl">
        <Outlet />
      </Container>
    </>
  );
}
