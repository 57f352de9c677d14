import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import type { SeriesPoint } from '../api/impact';

/**
 * The cumulative result per period against the cumulative target, drawn by Observable Plot. Hidden from screen
 * readers: the same figures are given in words and in a table beside it.
 */
export function TrendChart({ series, rtl, height = 120 }: { series: SeriesPoint[]; rtl: boolean; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    let targetSum = 0;
    const rows = series.map((p) => {
      targetSum += p.target ?? 0;
      return { period: p.end, result: p.cumulative, target: p.target === null ? null : targetSum };
    });
    const chart = Plot.plot({
      width: Math.max(220, Math.min(640, node.clientWidth || 320)),
      height,
      marginLeft: rtl ? 10 : 50,
      marginRight: rtl ? 50 : 10,
      x: { type: 'point', label: null, reverse: rtl, tickFormat: (d: string) => d.slice(0, 7) },
      y: { grid: true, label: null, axis: rtl ? 'right' : 'left', zero: true },
      marks: [
        Plot.lineY(
          rows.filter((r) => r.target !== null),
          { x: 'period', y: 'target', stroke: '#868e96', strokeDasharray: '4,3' },
        ),
        Plot.lineY(
          rows.filter((r) => r.result !== null),
          { x: 'period', y: 'result', stroke: '#1c5d99', strokeWidth: 2 },
        ),
        Plot.dot(
          rows.filter((r) => r.result !== null),
          { x: 'period', y: 'result', fill: '#1c5d99', r: 2.5 },
        ),
      ],
    });
    chart.setAttribute('aria-hidden', 'true');
    node.replaceChildren(chart);
    return () => chart.remove();
  }, [series, rtl, height]);
  return <div ref={ref} data-testid="trend-chart" />;
}
