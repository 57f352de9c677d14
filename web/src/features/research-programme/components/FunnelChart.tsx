import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';

type Bar = { label: string; count: number };

/** A horizontal bar chart drawn by Observable Plot; the data is also given as a table beside it for screen readers. */
export function FunnelChart({ bars, rtl, color = '#1c5d99' }: { bars: Bar[]; rtl: boolean; color?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const chart = Plot.plot({
      marginLeft: rtl ? 20 : 170,
      marginRight: rtl ? 170 : 40,
      width: Math.max(320, Math.min(720, node.clientWidth || 640)),
      height: 40 + bars.length * 36,
      x: { grid: true, label: null, reverse: rtl },
      y: { label: null, domain: bars.map((b) => b.label), axis: rtl ? 'right' : 'left' },
      marks: [
        Plot.barX(bars, { x: 'count', y: 'label', fill: color }),
        Plot.text(bars, { x: 'count', y: 'label', text: (d: Bar) => String(d.count), dx: rtl ? -12 : 12 }),
        Plot.ruleX([0]),
      ],
    });
    chart.setAttribute('aria-hidden', 'true');
    node.replaceChildren(chart);
    return () => chart.remove();
  }, [bars, rtl, color]);
  return <div ref={ref} data-testid="funnel-chart" />;
}
