// bench/chart.ts: the hand-written SVG of bench/results/scaling.svg. Pure function, no bench run.
import { escapeXml, renderChart, tickLabel, type Chart } from "../../bench/chart";

const OURS = "(a) ours";
const RAW = "(b) raw <SsmMaintenanceWindowTask> & co";
const CHART: Chart = {
  title: "Scaling",
  subtitle: "medians",
  rows: [
    {
      heading: "Time",
      plots: [
        {
          title: "against tasks",
          xLabel: "tasks in one stack (log scale)",
          yLabel: "construct + synth, ms (log scale)",
          yLog: true,
          series: [
            { label: OURS, points: [1, 100, 1000, 10000].map((x) => ({ x, y: 30 + 1.6 * x })) },
            { label: RAW, points: [1, 100, 1000, 10000].map((x) => ({ x, y: 20 + 1.4 * x })) },
          ],
        },
        {
          title: "against stacks",
          xLabel: "stacks of 20 tasks (log scale)",
          yLabel: "construct + synth, ms (log scale)",
          yLog: true,
          series: [
            { label: OURS, points: [1, 10, 100].map((x) => ({ x, y: 40 * x })) },
            { label: RAW, points: [1, 10, 100].map((x) => ({ x, y: 35 * x })) },
          ],
        },
      ],
    },
    {
      heading: "Peak memory",
      plots: [
        { title: "against tasks", xLabel: "tasks in one stack (log scale)", yLabel: "peak RSS, MB", series: [{ label: OURS, points: [{ x: 1, y: 67 }, { x: 10000, y: 483 }] }, { label: RAW, points: [{ x: 1, y: 66 }, { x: 10000, y: 435 }] }] },
        { title: "against stacks", xLabel: "stacks of 20 tasks (log scale)", yLabel: "peak RSS, MB", series: [{ label: OURS, points: [{ x: 1, y: 76 }, { x: 100, y: 170 }] }, { label: RAW, points: [{ x: 1, y: 73 }, { x: 100, y: 157 }] }] },
      ],
    },
  ],
};

/** A minimal XML well-formedness check: one root, every tag closed in order, no bare `&` or `<` in text. */
function checkWellFormed(svg: string): string[] {
  const problems: string[] = [];
  const body = svg.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: string[] = [];
  let roots = 0;
  const re = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos);)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    if (m[2] === undefined) {
      problems.push(`stray ${JSON.stringify(m[0])} at ${m.index}: ${body.slice(m.index, m.index + 40)}`);
      continue;
    }
    const [, close, name, , selfClose] = m;
    if (stack.length === 0 && !close) roots++;
    if (close) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}>`);
    } else if (!selfClose) stack.push(name);
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(", ")}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

describe("renderChart", () => {
  const svg = renderChart(CHART);

  test("a standalone, well-formed SVG document", () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    expect(checkWellFormed(svg)).toEqual([]);
    // the checker itself catches breakage
    expect(checkWellFormed(svg.replace("</g>", ""))).not.toEqual([]);
    expect(checkWellFormed(svg.replace("&amp;", "&"))).not.toEqual([]);
  });

  test("one polyline per series, one marker per point, numeric coordinates inside the canvas", () => {
    const series = CHART.rows.flatMap((r) => r.plots.flatMap((p) => p.series));
    expect(count(svg, /<polyline /g)).toBe(series.length);
    expect(count(svg, /<circle /g)).toBe(series.reduce((n, s) => n + s.points.length, 0));
    const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number);
    const polylines = [...svg.matchAll(/<polyline points="([^"]*)"/g)].map((m) => m[1].split(" ").map((xy) => xy.split(",").map(Number)));
    expect(polylines.map((p) => p.length)).toEqual(series.map((s) => s.points.length));
    for (const [x, y] of polylines.flat()) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(w);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(h);
    }
    // a rising series is drawn rising (SVG y grows downwards)
    const first = polylines[0];
    expect(first[first.length - 1][1]).toBeLessThan(first[0][1]);
  });

  test("axis labels, titles, row headings and one legend entry per distinct series (escaped)", () => {
    for (const label of ["tasks in one stack (log scale)", "stacks of 20 tasks (log scale)", "construct + synth, ms (log scale)", "peak RSS, MB", "Time", "Peak memory", "against stacks", "Scaling"]) {
      expect(svg).toContain(`>${label}</text>`);
    }
    expect(count(svg, /class="x-label"/g)).toBe(4);
    expect(count(svg, /class="y-label"/g)).toBe(4);
    const legend = /<g class="legend">([\s\S]*?)<\/g>/.exec(svg)![1];
    expect(count(legend, /<text /g)).toBe(2);
    expect(legend).toContain(`>${escapeXml(RAW)}</text>`);
    expect(svg).not.toContain("<SsmMaintenanceWindowTask>");
  });

  test("log-scale ticks at powers of ten, with 2× and 5× on an axis of at most two decades", () => {
    for (const t of ["1", "10", "100", "1k", "10k"]) expect(svg).toContain(`>${t}</text>`);
    const only = (points: { x: number; y: number }[]) =>
      renderChart({ title: "t", rows: [{ plots: [{ title: "p", xLabel: "x", yLabel: "y", series: [{ label: "s", points }] }] }] });
    const ticks = (s: string) => [...s.matchAll(/<text x="[\d.]+" y="[\d.]+" text-anchor="middle" font-size="11">([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(ticks(only([{ x: 1, y: 1 }, { x: 100, y: 2 }]))).toEqual(["1", "2", "5", "10", "20", "50", "100"]);
    expect(ticks(only([{ x: 1, y: 1 }, { x: 10000, y: 2 }]))).toEqual(["1", "10", "100", "1k", "10k"]);
    expect(tickLabel(10000)).toBe("10k");
    expect(tickLabel(2500)).toBe("2.5k");
    expect(tickLabel(1e6)).toBe("1M");
    expect(tickLabel(0.5)).toBe("0.5");
  });

  test("survives a series without points and a single x value", () => {
    const lone = renderChart({ title: "t", rows: [{ plots: [{ title: "p", xLabel: "x", yLabel: "y", series: [{ label: "s", points: [{ x: 1, y: 5 }] }, { label: "e", points: [] }] }] }] });
    expect(checkWellFormed(lone)).toEqual([]);
    expect(lone).not.toMatch(/NaN|Infinity/);
    expect(count(lone, /<polyline /g)).toBe(2);
  });
});
