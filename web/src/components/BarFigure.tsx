import * as Plot from '@observablehq/plot';
import { Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Count } from './Count';
import { SimpleTable } from './SimpleTable';

export interface Bar {
  key: string;
  label: string;
  value: number | null;
  /** a second figure shown in the table only (e.g. complete responses) */
  extra?: number | null;
}

const shorten = (label: string) => (label.length > 22 ? `${label.slice(0, 21).trimEnd()}…` : label);

type ChartProps = { bars: Bar[]; valueLabel: string; id: string; color?: string };

/**
 * A horizontal bar chart drawn with Observable Plot and hidden from screen readers: the page must show the same
 * figures as text (BarFigure adds the table itself). Suppressed figures (null) are drawn as no bar. Mirrors in RTL.
 */
export function BarChart({ bars, valueLabel, id, color = '#1c7ed6' }: ChartProps) {
  const { i18n } = useTranslation();
  const rtl = i18n.dir(i18n.resolvedLanguage ?? 'en') === 'rtl';
  const chart = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = chart.current;
    if (!node || bars.length === 0) return;
    const svg = Plot.plot({
      marginLeft: rtl ? 20 : 140,
      marginRight: rtl ? 140 : 20,
      height: 30 + bars.length * 26,
      width: Math.min(640, node.clientWidth || 640),
      x: { grid: true, label: valueLabel, reverse: rtl },
      // long labels are cut short in the chart (the table beside it has them in full)
      y: { label: null, domain: bars.map((b) => b.label), axis: rtl ? 'right' : 'left', tickFormat: shorten },
      marks: [
        Plot.barX(
          bars.filter((b) => b.value !== null),
          { x: 'value', y: 'label', fill: color },
        ),
        Plot.ruleX([0]),
      ],
    });
    svg.setAttribute('aria-hidden', 'true');
    // SVG text anchors follow the page direction: in RTL "start" would run the labels back over the bars
    svg.style.direction = 'ltr';
    node.replaceChildren(svg);
    return () => node.replaceChildren();
  }, [bars, rtl, valueLabel, color]);
  return <div ref={chart} data-testid={`${id}-chart`} />;
}

type Props = {
  title: string;
  bars: Bar[];
  valueHeader: string;
  extraHeader?: string;
  id: string;
  /** header of the label column */
  itemHeader: string;
  /** shown instead of chart and table when there are no bars */
  empty: string;
  /** heading level of the title (2 unless the figure sits under a subheading) */
  level?: 2 | 3 | 4;
};

/**
 * A titled BarChart followed by the same figures as a table (the accessible alternative). Suppressed figures
 * (null) are shown as "<5" (the shared Count).
 */
export function BarFigure({ title, bars, valueHeader, extraHeader, id, itemHeader, empty, level = 2 }: Props) {
  const shown = (n: number | null | undefined) => <Count value={n === undefined ? 0 : n} />;
  return (
    <Stack gap="xs">
      <Title order={level} size="h4" id={`${id}-title`}>
        {title}
      </Title>
      {bars.length === 0 ? (
        <Text>{empty}</Text>
      ) : (
        <>
          <BarChart bars={bars} valueLabel={valueHeader} id={id} />
          <SimpleTable
            caption={title}
            rows={bars}
            rowKey={(b) => b.key}
            empty={empty}
            minWidth={320}
            columns={[
              { key: 'label', header: itemHeader, render: (b) => <bdi>{b.label}</bdi> },
              { key: 'value', header: valueHeader, render: (b) => shown(b.value) },
              ...(extraHeader ? [{ key: 'extra', header: extraHeader, render: (b: Bar) => shown(b.extra) }] : []),
            ]}
          />
        </>
      )}
    </Stack>
  );
}
