import { useEffect, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { MonitorHistory } from '../lib/api.js';
import { type ChartData, chartData, formatMs, formatUptime } from '../lib/monitoring.js';

/**
 * A monitor's history drawn with uPlot (decisions-web: small, fast, canvas, no dependencies): response time p50/p95
 * per bucket as lines, and a strip of bars, one per bucket, coloured by what happened in it. Each chart is a figure
 * with a caption and a text summary for screen readers (a canvas says nothing); the legend is plain HTML.
 */

/** The colours of the strip and legend: the app's status colours (styles.css), each with its word beside it. */
const COLOURS = {
  up: '#067647',
  down: '#b42318',
  no_data: '#5a6275',
  maintenance: '#1d4ed8',
  p50: '#1d4ed8',
  p95: '#93370d',
} as const;

const STRIP = ['up', 'down', 'no_data', 'maintenance'] as const;
const STRIP_LABELS: Record<(typeof STRIP)[number], string> = {
  up: 'Up',
  down: 'Down',
  no_data: 'No data',
  maintenance: 'Maintenance',
};

export function MonitorCharts({
  history,
  now,
  timeZone,
}: {
  history: MonitorHistory;
  /** The end of the range (ms). */
  now: number;
  timeZone: string;
}) {
  const data = useMemo(() => chartData(history, now), [history, now]);
  const bucket = history.range === '90d' ? 'day' : 'hour';
  const counts = STRIP.map((kind) => data.verdict.filter((verdict) => verdict === kind).length);
  const p95s = data.p95.filter((value): value is number => value !== null);
  const worstP95 = p95s.length > 0 ? Math.max(...p95s) : null;

  return (
    <div className="monitor-charts">
      <p>
        Uptime over the range: <strong data-testid="uptime">{formatUptime(history.uptime)}</strong>{' '}
        <span className="muted">(maintenance and “no data” are not counted)</span>
      </p>
      <figure className="chart-figure">
        <figcaption id="status-strip-caption">
          Up and down per {bucket} <span className="muted">(times in {timeZone})</span>
        </figcaption>
        <div
          role="img"
          aria-labelledby="status-strip-caption"
          aria-describedby="status-strip-summary"
          className="chart chart-strip"
        >
          <StatusStrip data={data} timeZone={timeZone} />
        </div>
        <p id="status-strip-summary" className="visually-hidden">
          {STRIP.map((kind, index) => `${STRIP_LABELS[kind]}: ${counts[index]} ${bucket}s`).join(', ')}.
        </p>
        <ul className="chart-legend">
          {STRIP.map((kind) => (
            <li key={kind}>
              <span className="chart-swatch" style={{ background: COLOURS[kind] }} aria-hidden="true" />
              {STRIP_LABELS[kind]}
            </li>
          ))}
        </ul>
      </figure>
      <figure className="chart-figure">
        <figcaption id="response-chart-caption">
          Response time per {bucket}, median (p50) and 95th percentile (p95){' '}
          <span className="muted">(times in {timeZone})</span>
        </figcaption>
        <div
          role="img"
          aria-labelledby="response-chart-caption"
          aria-describedby="response-chart-summary"
          className="chart chart-response"
        >
          <ResponseChart data={data} timeZone={timeZone} />
        </div>
        <p id="response-chart-summary" className="visually-hidden">
          {worstP95 === null
            ? 'No response times in this range.'
            : `The slowest p95 in the range: ${formatMs(worstP95)}.`}
        </p>
        <ul className="chart-legend">
          <li>
            <span className="chart-swatch" style={{ background: COLOURS.p50 }} aria-hidden="true" />
            p50
          </li>
          <li>
            <span className="chart-swatch" style={{ background: COLOURS.p95 }} aria-hidden="true" />
            p95
          </li>
        </ul>
      </figure>
    </div>
  );
}

/** Builds a uPlot in a div, sized to the div's width, and rebuilt when its options or data change. */
function UPlotChart({ options, data }: { options: Omit<uPlot.Options, 'width'>; data: uPlot.AlignedData }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const width = () => Math.max(240, Math.floor(element.clientWidth));
    const plot = new uPlot({ ...options, width: width() }, data, element);
    const observer = new ResizeObserver(() => plot.setSize({ width: width(), height: options.height }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [options, data]);
  return <div ref={ref} className="uplot-host" />;
}

const zoned = (timeZone: string) => (seconds: number) => uPlot.tzDate(new Date(seconds * 1000), timeZone);

function ResponseChart({ data, timeZone }: { data: ChartData; timeZone: string }) {
  const options: Omit<uPlot.Options, 'width'> = {
    height: 220,
    tzDate: zoned(timeZone),
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: true }, y: { range: (_self, _min, max) => [0, Math.max(100, max ?? 0) * 1.1] } },
    axes: [{ stroke: '#5a6275' }, { stroke: '#5a6275', values: (_self, ticks) => ticks.map((tick) => formatMs(tick)) }],
    series: [
      {},
      { label: 'p50', stroke: COLOURS.p50, width: 2, spanGaps: false },
      { label: 'p95', stroke: COLOURS.p95, width: 2, dash: [6, 4], spanGaps: false },
    ],
  };
  return <MemoChart options={options} data={[data.x, data.p50, data.p95]} deps={[timeZone, data]} />;
}

function StatusStrip({ data, timeZone }: { data: ChartData; timeZone: string }) {
  const bars = uPlot.paths.bars?.({ size: [1, 40], gap: 1 });
  const options: Omit<uPlot.Options, 'width'> = {
    height: 90,
    tzDate: zoned(timeZone),
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: true }, y: { range: [0, 1] } },
    axes: [{ stroke: '#5a6275' }, { show: false }],
    series: [
      {},
      ...STRIP.map((kind) => ({
        label: STRIP_LABELS[kind],
        fill: COLOURS[kind],
        stroke: COLOURS[kind],
        width: 0,
        paths: bars,
        points: { show: false },
      })),
    ],
  };
  const columns = STRIP.map((kind) => data.verdict.map((verdict) => (verdict === kind ? 1 : null)));
  return <MemoChart options={options} data={[data.x, ...columns]} deps={[timeZone, data]} />;
}

/** Keeps options and data the same objects while `deps` are the same, so the chart is not rebuilt on every render. */
function MemoChart({
  options,
  data,
  deps,
}: {
  options: Omit<uPlot.Options, 'width'>;
  data: uPlot.AlignedData;
  deps: readonly unknown[];
}) {
  const kept = useRef<{ deps: readonly unknown[]; options: Omit<uPlot.Options, 'width'>; data: uPlot.AlignedData }>(
    null,
  );
  if (!kept.current || kept.current.deps.some((dep, index) => dep !== deps[index])) {
    kept.current = { deps, options, data };
  }
  return <UPlotChart options={kept.current.options} data={kept.current.data} />;
}
