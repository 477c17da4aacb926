/** One measured figure, as written by `--json`: `ratio` is `value / baseline`. */
export type BenchRecord = {
  name: string;
  /** Null when the measured side cannot express the question (the peer and coalitions). */
  value: number | null;
  unit: string;
  baseline: number | null;
  ratio: number | null;
};

/** What the ratio should be: at most (`<=`) or at least (`>=`) a bound. */
export type Target = { op: '<=' | '>='; ratio: number };

export type BenchResult = { record: BenchRecord; target?: Target; note?: string };

const round = (n: number, digits: number) => Number(n.toFixed(digits));
const significant = (n: number) => Number(n.toPrecision(4));

/**
 * A result with its ratio computed from the exact figures. Figures and ratio keep 4 significant
 * digits: fixed decimals would make a small ratio (0.068) disagree with value / baseline.
 */
export function benchResult(options: {
  name: string;
  value: number | null;
  unit: string;
  baseline?: number | null;
  target?: Target;
  note?: string;
}): BenchResult {
  const { name, value, unit, target, note } = options;
  const baseline = options.baseline ?? null;
  const ratio = value !== null && baseline !== null && baseline > 0 ? value / baseline : null;
  return {
    record: {
      name,
      value: value === null ? null : significant(value),
      unit,
      baseline: baseline === null ? null : significant(baseline),
      ratio: ratio === null ? null : significant(ratio),
    },
    ...(target && { target }),
    ...(note && { note }),
  };
}

/** Whether the ratio meets the target; undefined when there is no target or no ratio. */
export function targetMet(result: BenchResult): boolean | undefined {
  const { target, record } = result;
  if (!target || record.ratio === null) return undefined;
  return target.op === '<=' ? record.ratio <= target.ratio : record.ratio >= target.ratio;
}

function figure(n: number | null): string {
  if (n === null) return 'n/a';
  const abs = Math.abs(n);
  return abs >= 100 ? Math.round(n).toLocaleString('en-US') : String(round(n, abs >= 10 ? 1 : 3));
}

/** A Markdown table of the results: value, baseline, ratio, target and whether it was met. */
export function formatTable(results: readonly BenchResult[]): string {
  const header = ['name', 'value', 'baseline', 'unit', 'ratio', 'target', 'met', 'note'];
  const rows = results.map((result) => {
    const { record, target, note } = result;
    const met = targetMet(result);
    return [
      record.name,
      figure(record.value),
      figure(record.baseline),
      record.unit,
      record.ratio === null ? 'n/a' : record.ratio.toFixed(2),
      target ? `${target.op} ${target.ratio}` : '',
      met === undefined ? '' : met ? 'yes' : 'no',
      note ?? '',
    ];
  });
  const lines = [header, header.map(() => '---'), ...rows].map(
    (cells) => `| ${cells.join(' | ')} |`,
  );
  return lines.join('\n');
}
