import { Checkbox, Fieldset, Group, NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { findingKinds, pickLabel, referralTargets, type FindingRule, type MappableQuestion } from '../api/findings';

type Props = {
  question: MappableQuestion;
  rule: FindingRule | undefined;
  onChange: (rule: FindingRule | undefined) => void;
};

/** What one question's answers become: nothing, a micro-asset kind, a need or a referral (with its options). */
export function QuestionRule({ question, rule, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const label = pickLabel(question.labels, language, question.path);
  const isSelect = question.choices.length > 0;
  const set = (patch: Partial<FindingRule>) => onChange({ path: question.path, becomes: 'skill', ...rule, ...patch });
  return (
    <Fieldset legend={<bdi>{label}</bdi>} data-question={question.path}>
      <Text size="sm" c="dimmed" mb="xs">
        <code>{question.path}</code> · {question.type}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('researchFindings.map.becomes')}
          value={rule?.becomes ?? ''}
          onChange={(e) => {
            const becomes = e.currentTarget.value as FindingRule['becomes'] | '';
            if (!becomes) return onChange(undefined);
            onChange({
              path: question.path,
              becomes,
              ...(becomes === 'referral' ? { target: rule?.target ?? 'skills_matching' } : {}),
              ...(isSelect && rule?.when?.length ? { when: rule.when } : {}),
            });
          }}
          data={[
            { value: '', label: t('researchFindings.map.nothing') },
            ...findingKinds.map((k) => ({ value: k, label: t(`researchFindings.kinds.${k}`) })),
          ]}
        />
        {rule?.becomes === 'referral' && (
          <NativeSelect
            label={t('researchFindings.map.target')}
            value={rule.target ?? 'skills_matching'}
            onChange={(e) => set({ target: e.currentTarget.value as FindingRule['target'] })}
            data={referralTargets.map((v) => ({ value: v, label: t(`researchFindings.targets.${v}`) }))}
          />
        )}
        {rule?.becomes === 'skill' && (
          <Checkbox
            label={t('researchFindings.map.resolveOccupation')}
            checked={Boolean(rule.resolveOccupation)}
            onChange={(e) => set({ resolveOccupation: e.currentTarget.checked || undefined })}
          />
        )}
      </Group>
      {rule && isSelect && (
        <Checkbox.Group
          mt="sm"
          label={t('researchFindings.map.when')}
          description={t('researchFindings.map.whenHint')}
          value={rule.when ?? []}
          onChange={(when) => set({ when: when.length ? when : undefined })}
        >
          <Group mt="xs">
            {question.choices.map((c) => (
              <Checkbox key={c.name} value={c.name} label={<bdi>{pickLabel(c.labels, language, c.name)}</bdi>} />
            ))}
          </Group>
        </Checkbox.Group>
      )}
      {rule?.becomes === 'referral' && (
        <Text size="sm" mt="xs">
          {t('researchFindings.map.referralConsent')}
        </Text>
      )}
    </Fieldset>
  );
}
