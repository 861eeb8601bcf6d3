/**
 * @internal One bar of a chart row per series, and an optional target mark per row.
 *
 * @example
 * const row: ChartRow = { label: '第1周', values: [10, 2] };
 */
export interface ChartRow {
  readonly label: string;
  readonly values: readonly number[];
  /** A target drawn as a mark across the row (same scale as the values). */
  readonly target?: number;
}

/** @internal A chart: its accessible title, the series (name and colour) and the rows. @example const c: BarChart = { title: '违规', series: [{ name: '次数', color: '#b3261e' }], rows: [] }; */
export interface BarChart {
  readonly title: string;
  readonly series: ReadonlyArray<{ readonly name: string; readonly color: string }>;
  readonly rows: readonly ChartRow[];
  /** The scale's maximum (default: the largest value or target). */
  readonly max?: number;
  /** How a value is written at the end of its bar (default: as is). */
  readonly format?: (value: number) => string;
  /** What the chart says when it has no rows. */
  readonly empty: string;
}

/**
 * @internal Escapes text for XML and HTML.
 *
 * @example
 * escapeXml('<a & b>') // '&lt;a &amp; b&gt;'
 */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const ROW = 22;
const BAR = 16;
const LABEL_W = 220;
const PLOT_W = 360;
const VALUE_W = 70;

/**
 * @internal A horizontal bar chart as a self-contained SVG (no script, no external font or
 * image): one group of bars a row, a legend, an optional target mark.
 *
 * @example
 * barChartSvg({ title: 'Violations by rule', series: [{ name: 'count', color: '#b3261e' }], rows: [{ label: 'notify', values: [3] }], empty: 'none' }).startsWith('<svg') // true
 */
export function barChartSvg(chart: BarChart): string {
  const n = chart.series.length;
  const rowH = Math.max(ROW, n * BAR + 6);
  const legendH = n > 1 || chart.rows.some((r) => r.target !== undefined) ? 22 : 0;
  const height = Math.max(1, chart.rows.length) * rowH + legendH + 8;
  const width = LABEL_W + PLOT_W + VALUE_W;
  const max = chart.max ?? Math.max(1, ...chart.rows.flatMap((r) => [...r.values, r.target ?? 0]));
  const fmt = chart.format ?? ((v: number) => String(v));
  const parts: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" class="chart"><title>${escapeXml(chart.title)}</title>`];
  if (chart.rows.length === 0) {
    parts.push(`<text x="8" y="18" class="empty">${escapeXml(chart.empty)}</text>`);
  }
  chart.rows.forEach((row, i) => {
    const y = legendH + i * rowH;
    parts.push(`<text x="${LABEL_W - 6}" y="${y + rowH / 2 + 4}" text-anchor="end" class="label">${escapeXml(row.label)}</text>`);
    row.values.forEach((v, j) => {
      const w = max > 0 ? Math.max(v > 0 ? 1 : 0, (v / max) * PLOT_W) : 0;
      const by = y + 3 + j * BAR;
      parts.push(`<rect class="bar" x="${LABEL_W}" y="${by}" width="${w.toFixed(1)}" height="${BAR - 3}" fill="${chart.series[j]!.color}"><title>${escapeXml(`${row.label} · ${chart.series[j]!.name}: ${fmt(v)}`)}</title></rect>`);
      parts.push(`<text x="${(LABEL_W + w + 4).toFixed(1)}" y="${by + BAR - 5}" class="value">${escapeXml(fmt(v))}</text>`);
    });
    if (row.target !== undefined) {
      const x = LABEL_W + (row.target / max) * PLOT_W;
      parts.push(`<line x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${y + 1}" y2="${y + rowH - 1}" stroke="#111" stroke-width="2" stroke-dasharray="3 2" class="target" />`);
    }
  });
  if (legendH > 0) {
    let x = LABEL_W;
    for (const s of chart.series) {
      parts.push(`<rect x="${x}" y="4" width="12" height="12" fill="${s.color}" /><text x="${x + 16}" y="14" class="legend">${escapeXml(s.name)}</text>`);
      x += 24 + s.name.length * 12;
    }
  }
  parts.push('</svg>');
  return parts.join('');
}
