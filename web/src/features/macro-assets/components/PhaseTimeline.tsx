import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { MacroAsset } from '../api/macroAssets';
import classes from './PhaseTimeline.module.css';

/** The phases of a project in order, as an ordered list drawn as a simple vertical timeline. */
export function PhaseTimeline({ phases }: { phases: MacroAsset['phases'] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  if (phases.length === 0) return <Text>{t('macroAsset.noPhases')}</Text>;
  const today = new Date().toISOString().slice(0, 10);

  return (
    <ol className={classes.timeline}>
      {phases.map((phase) => {
        const current = phase.start <= today && (!phase.end || phase.end >= today);
        return (
          <li key={`${phase.name}-${phase.start}`} className={classes.item} data-current={current || undefined}>
            <Text fw={700}>
              <bdi>{phase.name}</bdi>
            </Text>
            <Text size="sm">
              {phase.end
                ? t('macroAsset.phaseDates', {
                    start: formatDate(phase.start, language),
                    end: formatDate(phase.end, language),
                  })
                : t('macroAsset.phaseFrom', { start: formatDate(phase.start, language) })}
              {current && ` · ${t('macroAsset.currentPhase')}`}
            </Text>
          </li>
        );
      })}
    </ol>
  );
}
