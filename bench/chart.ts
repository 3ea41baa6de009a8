// A small hand-written SVG line chart for the bench report (no dependency): a grid of plots, each
// with log-scale x axis, linear or log y axis, one polyline (with point markers) per series, axis
// labels and a shared legend. Pure: data in, SVG text out. run.ts writes bench/results/scaling.svg.

export interface Point {
  x: number;
  y: number;
}

export interface Series {
  /** The legend's text; series with the same label share one legend entry and one style. */
  label: string;
  points: Point[];
}

export interface Plot {
  title: string;
  xLabel: string;
  yLabel: string;
  /** Log-scale y axis (the x axis is always log-scale). */
  yLog?: boolean;
  series: Series[];
}

export interface Chart {
  title: string;
  /** A line under the title (what was measured, where). */
  subtitle?: string;
  /** Rows of plots; each row may have a heading (e.g. "Time", "Peak memory"). */
  rows: { heading?: string; plots: Plot[] }[];
}

const PLOT_W = 420;
const PLOT_H = 260;
const MARGIN = { left: 72, right: 24, top: 34, bottom: 52 };
const CELL_W = PLOT_W + MARGIN.left + MARGIN.right;
const CELL_H = PLOT_H + MARGIN.top + MARGIN.bottom;
const HEADER_H = 78;
const ROW_HEADING_H = 26;
const STYLES = [
  { color: "#1f77b4", dash: "" },
  { color: "#d62728", dash: "6 4" },
  { color: "#2ca02c", dash: "2 3" },
  { color: "#9467bd", dash: "10 3 2 3" },
];

/** Escapes text for SVG content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

const num = (x: number) => (Math.round(x * 10) / 10).toString();

/** A short tick label: 1, 10, 100, 1k, 10k, 1M; up to 3 significant digits otherwise. */
export function tickLabel(v: number): string {
  const abs = Math.abs(v);
  if (abs >= 1e6) return `${+(v / 1e6).toPrecision(3)}M`;
  if (abs >= 1e3) return `${+(v / 1e3).toPrecision(3)}k`;
  return `${+v.toPrecision(3)}`;
}

interface Axis {
  min: number;
  max: number;
  log: boolean;
  ticks: number[];
}

function logAxis(values: number[]): Axis {
  const pos = values.filter((v) => v > 0 && Number.isFinite(v));
  const lo = Math.floor(Math.log10(pos.length ? Math.min(...pos) : 1));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(pos.length ? Math.max(...pos) : 10)));
  const ticks: number[] = [];
  // Decades; with at most two decades also 2× and 5× (else a plot has only two or three ticks).
  for (let e = lo; e <= hi; e++) ticks.push(...(hi - lo <= 2 && e < hi ? [1, 2, 5] : [1]).map((m) => +(m * 10 ** e).toPrecision(12)));
  return { min: 10 ** lo, max: 10 ** hi, log: true, ticks };
}

function linearAxis(values: number[]): Axis {
  const fin = values.filter((v) => Number.isFinite(v));
  const top = fin.length ? Math.max(...fin, 0) : 1;
  const raw = top / 5 || 1;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const max = Math.ceil(top / step) * step || step;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step / 2; v += step) ticks.push(+v.toPrecision(12));
  return { min: 0, max, log: false, ticks };
}

function scale(axis: Axis, length: number, flip: boolean): (v: number) => number {
  const f = axis.log
    ? (v: number) => (Math.log10(v) - Math.log10(axis.min)) / (Math.log10(axis.max) - Math.log10(axis.min))
    : (v: number) => (v - axis.min) / (axis.max - axis.min);
  return (v) => (flip ? (1 - f(v)) * length : f(v) * length);
}

function renderPlot(plot: Plot, ox: number, oy: number, styleOf: (label: string) => (typeof STYLES)[number]): string[] {
  const pts = plot.series.flatMap((s) => s.points).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y) && p.x > 0 && (!plot.yLog || p.y > 0));
  const xa = logAxis(pts.map((p) => p.x));
  const ya = plot.yLog ? logAxis(pts.map((p) => p.y)) : linearAxis(pts.map((p) => p.y));
  const sx = scale(xa, PLOT_W, false);
  const sy = scale(ya, PLOT_H, true);
  const x0 = ox + MARGIN.left;
  const y0 = oy + MARGIN.top;
  const out: string[] = [];
  out.push(`<g class="plot">`);
  out.push(`<text x="${num(x0 + PLOT_W / 2)}" y="${num(oy + 20)}" text-anchor="middle" font-size="14" font-weight="bold">${escapeXml(plot.title)}</text>`);
  out.push(`<rect x="${x0}" y="${y0}" width="${PLOT_W}" height="${PLOT_H}" fill="none" stroke="#333"/>`);
  for (const t of xa.ticks) {
    const x = num(x0 + sx(t));
    out.push(`<line x1="${x}" y1="${y0}" x2="${x}" y2="${y0 + PLOT_H}" stroke="#ddd"/>`);
    out.push(`<text x="${x}" y="${y0 + PLOT_H + 16}" text-anchor="middle" font-size="11">${escapeXml(tickLabel(t))}</text>`);
  }
  for (const t of ya.ticks) {
    const y = num(y0 + sy(t));
    out.push(`<line x1="${x0}" y1="${y}" x2="${x0 + PLOT_W}" y2="${y}" stroke="#ddd"/>`);
    out.push(`<text x="${x0 - 6}" y="${y}" text-anchor="end" dominant-baseline="middle" font-size="11">${escapeXml(tickLabel(t))}</text>`);
  }
  out.push(`<text class="x-label" x="${num(x0 + PLOT_W / 2)}" y="${num(y0 + PLOT_H + 38)}" text-anchor="middle" font-size="12">${escapeXml(plot.xLabel)}</text>`);
  const ly = num(y0 + PLOT_H / 2);
  out.push(`<text class="y-label" x="${num(ox + 18)}" y="${ly}" text-anchor="middle" font-size="12" transform="rotate(-90 ${num(ox + 18)} ${ly})">${escapeXml(plot.yLabel)}</text>`);
  for (const s of plot.series) {
    const style = styleOf(s.label);
    const ok = s.points.filter((p) => pts.includes(p)).sort((a, b) => a.x - b.x);
    const coords = ok.map((p) => `${num(x0 + sx(p.x))},${num(y0 + sy(p.y))}`);
    out.push(`<g class="series" data-label="${escapeXml(s.label)}">`);
    out.push(`<polyline points="${coords.join(" ")}" fill="none" stroke="${style.color}" stroke-width="2"${style.dash ? ` stroke-dasharray="${style.dash}"` : ""}/>`);
    ok.forEach((p, i) => {
      const [cx, cy] = coords[i].split(",");
      out.push(`<circle cx="${cx}" cy="${cy}" r="3.5" fill="${style.color}"><title>${escapeXml(`${s.label}: x=${tickLabel(p.x)}, y=${tickLabel(p.y)}`)}</title></circle>`);
    });
    out.push(`</g>`);
  }
  out.push(`</g>`);
  return out;
}

/** Renders the chart as a standalone SVG document. */
export function renderChart(chart: Chart): string {
  const cols = Math.max(1, ...chart.rows.map((r) => r.plots.length));
  const labels = [...new Set(chart.rows.flatMap((r) => r.plots.flatMap((p) => p.series.map((s) => s.label))))];
  const styleOf = (label: string) => STYLES[Math.max(0, labels.indexOf(label)) % STYLES.length];
  const rowH = (r: Chart["rows"][number]) => (r.heading ? ROW_HEADING_H : 0) + CELL_H;
  const width = cols * CELL_W;
  const height = HEADER_H + chart.rows.reduce((h, r) => h + rowH(r), 0);
  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8"?>`);
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif">`);
  out.push(`<rect width="${width}" height="${height}" fill="#fff"/>`);
  out.push(`<text x="${width / 2}" y="24" text-anchor="middle" font-size="17" font-weight="bold">${escapeXml(chart.title)}</text>`);
  if (chart.subtitle) out.push(`<text x="${width / 2}" y="44" text-anchor="middle" font-size="12" fill="#555">${escapeXml(chart.subtitle)}</text>`);
  // Legend: one entry per distinct series label, centred under the title (text width estimated at
  // 7 px per character of 12 px Helvetica: no font metrics in a pure function).
  const entryW = labels.map((l) => 36 + 7 * l.length + 28);
  let x = width / 2 - entryW.reduce((a, b) => a + b, 0) / 2;
  out.push(`<g class="legend">`);
  labels.forEach((label, i) => {
    const { color, dash } = styleOf(label);
    if (i > 0) x += entryW[i - 1];
    out.push(`<line x1="${num(x)}" y1="62" x2="${num(x + 30)}" y2="62" stroke="${color}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ""}/>`);
    out.push(`<text x="${num(x + 36)}" y="66" font-size="12">${escapeXml(label)}</text>`);
  });
  out.push(`</g>`);
  let y = HEADER_H;
  for (const row of chart.rows) {
    if (row.heading) {
      out.push(`<text x="12" y="${y + 18}" font-size="15" font-weight="bold">${escapeXml(row.heading)}</text>`);
      y += ROW_HEADING_H;
    }
    row.plots.forEach((plot, c) => out.push(...renderPlot(plot, c * CELL_W, y, styleOf)));
    y += CELL_H;
  }
  out.push(`</svg>`);
  return out.join("\n") + "\n";
}
