import { Anchor, Button, Modal, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportUrl } from '../api/monitoring';

type Props = { formId: string; languages: string[] };

/** Export a form's responses: CSV or XLSX (repeats on their own sheets), labels in a language or raw codes. */
export function ExportDialog({ formId, languages }: Props) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [format, setFormat] = useState<'csv' | 'xlsx'>('xlsx');
  const [header, setHeader] = useState<'labels' | 'codes'>('labels');
  const [lang, setLang] = useState(languages[0] ?? '');
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        {t('researchFindings.export.open')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('researchFindings.export.title')}>
        <Stack gap="md">
          <Radio.Group
            label={t('researchFindings.export.format')}
            value={format}
            onChange={(v) => setFormat(v as 'csv' | 'xlsx')}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="xlsx" label={t('researchFindings.export.xlsx')} />
              <Radio value="csv" label={t('researchFindings.export.csv')} />
            </Stack>
          </Radio.Group>
          <Radio.Group
            label={t('researchFindings.export.header')}
            value={header}
            onChange={(v) => setHeader(v as 'labels' | 'codes')}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="labels" label={t('researchFindings.export.labels')} />
              <Radio value="codes" label={t('researchFindings.export.codes')} />
            </Stack>
          </Radio.Group>
          {header === 'labels' && languages.length > 0 && (
            <NativeSelect
              label={t('researchFindings.export.language')}
              value={lang}
              onChange={(e) => setLang(e.currentTarget.value)}
              data={languages}
            />
          )}
          <Text size="sm">{t('researchFindings.export.streamed')}</Text>
          <Anchor href={exportUrl(formId, { format, header, lang })} download onClick={() => setOpened(false)}>
            {t('researchFindings.export.download')}
          </Anchor>
        </Stack>
      </Modal>
    </>
  );
}
