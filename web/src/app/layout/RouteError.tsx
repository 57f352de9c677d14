import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from '../../components/NotFoundPage';

/** Last resort when rendering a route throws: a plain message and a way home, never a blank page. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();

  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <Container component="main" py="xl">
        <NotFoundPage />
      </Container>
    );
  }
  return (
    <Container component="main" py="xl">
      <Stack gap="md">
        <Title order={1}>{t('errors.generic')}</Title>
        <Text>{error instanceof Error ? error.message : null}</Text>
        <Anchor href="/">{t('notFound.back')}</Anchor>
      </Stack>
    </Container>
  );
}
