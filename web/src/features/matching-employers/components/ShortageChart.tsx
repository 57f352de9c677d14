import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';

export type ShortageBar = { label: string; series: string; count: number };

/** Demand against supply per occupation and band, as grouped horizontal bars (Observable Plot); decorative: the
 * same figures are in the table beside it. */
export function ShortageChart({ bars, rtl, series }: { bars: ShortageBar[]; rtl: boolean; series: string[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const labels = [...new Set(bars.map((b) => b.label))];
    const chart = Plot.plot({
      marginLeft: rtl ? 20 : 220,
      marginRight: rtl ? 220 : 30,
      width: Math.max(360, Math.min(820, node.clientWidth || 720)),
      height: 40 + labels.length * series.length * 18,
      x: { grid: true, label: null, reverse: rtl },
      y: { label: null, domain: labels, axis: rtl ? 'right' : 'left' },
      fy: { axis: null },
      color: { domain: series, range: ['#1c5d99', '#2b8a3e', '#e67700'], legend: true },
      marks: [
        Plot.barX(bars, { x: 'count', y: 'label', fill: 'series', dy: 0, insetTop: 2, insetBottom: 2 }),
        Plot.ruleX([0]),
      ],
    });
    chart.setAttribute('aria-hidden', 'true');
    node.replaceChildren(chart);
    return () => chart.remove();
  }, [bars, rtl, series]);
  return <div ref={ref} data-testid="shortage-chart" />;
}
