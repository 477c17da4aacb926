import { useEffect, useId, useState } from 'react';

type Props = {
  min: number;
  max: number;
  from: number | null;
  to: number | null;
  /** The first year the view has anything to draw in: playback starts there, not at `min`. */
  playFrom: number;
  onChange: (range: { from: number | null; to: number | null }) => void;
};

/** Milliseconds per year during playback. */
const STEP_MS = 1200;

/**
 * The date range every view is filtered by: two year sliders, and playback that steps the last
 * year from the first that has data to the last, one year at a time. The full span means "no
 * filter".
 */
export default function TimeRange({ min, max, from, to, playFrom, onChange }: Props) {
  const fromId = useId();
  const toId = useId();
  const [playing, setPlaying] = useState(false);
  const low = from ?? min;
  const high = to ?? max;
  const set = (nextFrom: number, nextTo: number) =>
    onChange({ from: nextFrom <= min ? null : nextFrom, to: nextTo >= max ? null : nextTo });

  useEffect(() => {
    if (!playing) return undefined;
    const timer = setInterval(() => {
      if (high >= max) {
        setPlaying(false);
        return;
      }
      set(low, high + 1);
    }, STEP_MS);
    return () => clearInterval(timer);
  });

  const play = () => {
    if (!playing) set(low, Math.min(Math.max(low, playFrom), max));
    setPlaying(!playing);
  };

  return (
    <div className="time-range" role="group" aria-label="Years shown">
      <label htmlFor={fromId}>From</label>
      <input
        id={fromId}
        type="range"
        min={min}
        max={max}
        value={low}
        onChange={(event) => set(Math.min(Number(event.target.value), high), high)}
      />
      <output htmlFor={fromId} className="time-range__year">
        {low}
      </output>
      <label htmlFor={toId}>to</label>
      <input
        id={toId}
        type="range"
        min={min}
        max={max}
        value={high}
        onChange={(event) => set(low, Math.max(Number(event.target.value), low))}
      />
      <output htmlFor={toId} className="time-range__year">
        {high}
      </output>
      <button
        type="button"
        onClick={play}
        aria-pressed={playing}
        title="Step through the years"
        disabled={min === max}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
    </div>
  );
}
