import { writeTableCsv } from '@treatygraph/formats';
import { useId, useMemo } from 'react';
import { request } from '../../api/client';
import { AffinityByYearDocument } from '../../api/generated/graphql';
import { useLoad } from '../../api/use-load';
import { download } from '../../export/download';
import { stateOf, type Reference } from '../corpus/reference';
import { formatShare } from '../../ui/format-share';
import StatusMessage from '../../ui/StatusMessage';
import { issueName } from '../views/vote-issues';
import type { VoteWindow } from '../views/vote-window';
import { pairVariables, type AffinityPair } from './affinity-pair';
import { CHART, linePath, xScale, yearTicks, yOf } from './chart-geometry';

type Props = {
  pair: AffinityPair;
  issue: string | null;
  issues: Reference['issues'];
  /** The network's window, shaded on the chart. */
  window: VoteWindow | null;
  states: Reference['states'];
  /** Measures the state with another; absent when the pair is a selected tie. */
  onVersus?: ((code: string) => void) | undefined;
};

const GRID = [0, 0.5, 1];

/**
 * Two states' agreement in General Assembly roll calls year by year, every year the data holds,
 * as a line chart in plain SVG (the network's window shaded), with its figures as CSV.
 */
export default function AffinityChart({ pair, issue, issues, window, states, onVersus }: Props) {
  const selectId = useId();
  const [load, retry] = useLoad(`affinity:${pair.code}:${pair.with}:${issue ?? ''}`, (signal) =>
    request(AffinityByYearDocument, pairVariables(pair, issue), { signal }),
  );
  const name = (code: string) => stateOf(states, code).name;
  const choices = useMemo(
    () => [...states.values()].sort((a, b) => a.name.localeCompare(b.name)),
    [states],
  );
  const years = load.status === 'success' ? (load.data.state?.votingAffinityByYear ?? []) : [];
  const title = `${name(pair.code)} and ${name(pair.with)}: agreement by year${
    issue ? ` on ${issueName(issues, issue)}` : ''
  }`;

  const saveCsv = () => {
    const rows = years.map((y) => [y.year, y.agreement ?? '', y.votesCompared]);
    const csv = writeTableCsv(['year', 'agreement', 'votesCompared'], rows);
    download(
      `affinity-${pair.code}-${pair.with}.csv`,
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
    );
  };

  return (
    <section className="affinity" aria-label="Affinity over time">
      <div className="affinity__bar">
        <h2>{name(pair.code)}: agreement by year with</h2>
        {onVersus ? (
          <>
            <label htmlFor={selectId} className="visually-hidden">
              Measure with
            </label>
            <select
              id={selectId}
              value={pair.with}
              onChange={(event) => onVersus(event.target.value)}
            >
              {choices
                .filter((s) => s.code !== pair.code)
                .map((s) => (
                  <option key={s.code} value={s.code}>
                    {s.name}
                  </option>
                ))}
            </select>
          </>
        ) : (
          <h2>{name(pair.with)}</h2>
        )}
        {issue && <span className="affinity__note">on {issueName(issues, issue)}</span>}
        <button
          type="button"
          data-export="affinity-csv"
          disabled={years.length === 0}
          onClick={saveCsv}
        >
          CSV of these years
        </button>
      </div>
      {load.status === 'error' && <StatusMessage kind="error" error={load.error} onRetry={retry} />}
      {load.status === 'loading' && <StatusMessage kind="loading" text="Loading the years…" />}
      {load.status === 'success' && years.length === 0 && (
        <StatusMessage kind="empty" text="These two states never voted in the same roll call." />
      )}
      {years.length > 0 && <Chart title={title} years={years} window={window} />}
    </section>
  );
}

type ChartProps = {
  title: string;
  years: readonly { year: number; agreement?: number | null; votesCompared: number }[];
  window: VoteWindow | null;
};

function Chart({ title, years, window }: ChartProps) {
  const first = years[0]?.year ?? 0;
  const last = years.at(-1)?.year ?? first;
  const x = xScale(first, last);
  const bottom = yOf(0);
  const shaded =
    window && window.to >= first && window.from <= last
      ? { from: x(Math.max(window.from, first)), to: x(Math.min(window.to, last)) }
      : null;
  return (
    <svg
      className="affinity__chart"
      viewBox={`0 0 ${CHART.width} ${CHART.height}`}
      role="img"
      aria-label={`${title}, ${first}–${last}`}
      data-years={years.length}
    >
      <title>{title}</title>
      {shaded && (
        <rect
          className="affinity__window"
          x={shaded.from - 3}
          y={CHART.top}
          width={Math.max(shaded.to - shaded.from, 0) + 6}
          height={bottom - CHART.top}
        >
          <title>{`The network’s window, ${window?.from}–${window?.to}`}</title>
        </rect>
      )}
      {GRID.map((share) => (
        <g key={share}>
          <line
            className="affinity__grid"
            x1={CHART.left}
            x2={CHART.width - CHART.right}
            y1={yOf(share)}
            y2={yOf(share)}
          />
          <text x={CHART.left - 6} y={yOf(share) + 4} textAnchor="end">
            {formatShare(share)}
          </text>
        </g>
      ))}
      {yearTicks(first, last).map((year) => (
        <text key={year} x={x(year)} y={CHART.height - 6} textAnchor="middle">
          {year}
        </text>
      ))}
      <path className="affinity__line" d={linePath(years, x)} />
      {years.map(
        (y) =>
          typeof y.agreement === 'number' && (
            <circle
              key={y.year}
              className="affinity__point"
              cx={x(y.year)}
              cy={yOf(y.agreement)}
              r={2.5}
            >
              <title>{`${y.year}: ${formatShare(y.agreement)} of ${y.votesCompared} roll calls`}</title>
            </circle>
          ),
      )}
    </svg>
  );
}
