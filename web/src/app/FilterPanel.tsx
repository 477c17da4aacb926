import { LAYOUT_KEYS, type LayoutKey } from '../graph/layouts';
import { REGION_KEYS } from '../graph/regions';
import CorpusLimit from '../features/corpus/CorpusLimit';
import type { Corpus } from '../features/corpus/load-corpus';
import type { InstrumentOption } from '../features/views/default-picks';
import { VOTE_ISSUES } from '../features/views/vote-issues';
import Field from './Field';
import TargetSelect from './TargetSelect';
import type { UpdateViewState } from './use-view-state';
import { COLOR_KEYS, type ColorKey, type ViewState } from './view-state';

type Props = {
  state: ViewState;
  update: UpdateViewState;
  corpus: Corpus;
  /** A narrower set of declarations for the years asked is loading. */
  refining: boolean;
  instruments: readonly InstrumentOption[];
  /** The pick Treaty status and Compare fall back to when the URL names none. */
  defaults: { declaration: string | null; instrument: string | null };
  /** The date Treaty status and Compare count parties on. */
  date: string;
  /** The colouring in effect: the user's choice or the view's own. */
  colorBy: ColorKey;
  coalitionsAvailable: boolean;
};

const LAYOUT_LABELS: Record<LayoutKey, string> = {
  auto: 'Automatic',
  concentric: 'Concentric by connections',
  grid: 'Grid by colour',
  geographic: 'Geographic',
};
const COLOR_LABELS: Record<ColorKey, string> = {
  region: 'UN region',
  coalition: 'Coalition',
  status: 'Treaty status',
};

/** The left panel: what the current view shows, and how it is drawn. */
export default function FilterPanel(props: Props) {
  const { state, update, corpus, refining, instruments, defaults, date, colorBy } = props;
  const lists = { declarations: corpus.declarations, instruments };
  const graphView =
    state.view === 'signatories' || state.view === 'coalitions' || state.view === 'map';
  const toggleRegion = (region: (typeof REGION_KEYS)[number], on: boolean) =>
    update({
      regions: on ? [...state.regions, region] : state.regions.filter((r) => r !== region),
    });

  return (
    <aside className="filters" aria-label="Filters">
      {state.view === 'status' && (
        <section>
          <h2>Treaty status</h2>
          <Field label="Declaration (its signatories)">
            {(id) => (
              <TargetSelect
                id={id}
                show="declarations"
                value={state.declaration ?? defaults.declaration}
                onChange={(declaration) => update({ declaration })}
                {...lists}
              />
            )}
          </Field>
          <Field label="Instrument">
            {(id) => (
              <TargetSelect
                id={id}
                show="instruments"
                value={state.instrument ?? defaults.instrument}
                onChange={(instrument) => update({ instrument })}
                {...lists}
              />
            )}
          </Field>
        </section>
      )}
      {state.view === 'treaty' && (
        <section>
          <h2>Treaty parties</h2>
          <Field label="Instrument">
            {(id) => (
              <TargetSelect
                id={id}
                show="instruments"
                value={state.instrument ?? defaults.instrument}
                onChange={(instrument) => update({ instrument })}
                {...lists}
              />
            )}
          </Field>
        </section>
      )}
      {state.view === 'compare' && (
        <section>
          <h2>Compare</h2>
          <Field label="A">
            {(id) => (
              <TargetSelect
                id={id}
                show="both"
                value={state.a ?? defaults.declaration}
                onChange={(a) => update({ a })}
                {...lists}
              />
            )}
          </Field>
          <Field label="B">
            {(id) => (
              <TargetSelect
                id={id}
                show="both"
                value={state.b ?? defaults.instrument}
                onChange={(b) => update({ b })}
                {...lists}
              />
            )}
          </Field>
        </section>
      )}
      {state.view === 'votes' && (
        <section>
          <h2>Votes</h2>
          <Field label="Topic of the roll calls">
            {(id) => (
              <select
                id={id}
                value={state.issue ?? ''}
                onChange={(event) => update({ issue: event.target.value || null })}
              >
                <option value="">Every topic</option>
                {Object.entries(VOTE_ISSUES).map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Ring the signatories of">
            {(id) => (
              <TargetSelect
                id={id}
                show="declarations"
                none="No declaration"
                value={state.declaration}
                onChange={(declaration) => update({ declaration })}
                {...lists}
              />
            )}
          </Field>
        </section>
      )}
      {(state.view === 'status' ||
        state.view === 'treaty' ||
        state.view === 'compare' ||
        (graphView && colorBy === 'status')) && (
        <Field label="Parties as of">
          {(id) => (
            <input
              id={id}
              type="date"
              value={date}
              required
              onChange={(event) => update({ asOf: event.target.value || null })}
            />
          )}
        </Field>
      )}
      {graphView && (
        <section>
          <h2>Filters</h2>
          <Field label="Declaration">
            {(id) => (
              <TargetSelect
                id={id}
                show="declarations"
                none="Any declaration"
                value={state.declaration}
                onChange={(declaration) => update({ declaration })}
                {...lists}
              />
            )}
          </Field>
          <Field label="Cites instrument">
            {(id) => (
              <TargetSelect
                id={id}
                show="instruments"
                none="Any instrument"
                value={state.instrument}
                onChange={(instrument) => update({ instrument })}
                {...lists}
              />
            )}
          </Field>
          <fieldset className="filters__regions">
            <legend>
              Regions {state.regions.length === 0 && <span className="filters__hint">(all)</span>}
            </legend>
            {REGION_KEYS.filter((r) => r !== 'Unknown').map((region) => (
              <label key={region}>
                <input
                  type="checkbox"
                  checked={state.regions.includes(region)}
                  onChange={(event) => toggleRegion(region, event.target.checked)}
                />
                {region}
              </label>
            ))}
          </fieldset>
          <Field label="Colour states by">
            {(id) => (
              <select
                id={id}
                value={colorBy}
                onChange={(event) => update({ colorBy: event.target.value as ColorKey })}
              >
                {COLOR_KEYS.map((key) => (
                  <option
                    key={key}
                    value={key}
                    disabled={key === 'coalition' && !props.coalitionsAvailable}
                  >
                    {COLOR_LABELS[key]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {colorBy === 'status' && (
            <Field label="Status towards instrument">
              {(id) => (
                <TargetSelect
                  id={id}
                  show="instruments"
                  value={state.statusOf ?? defaults.instrument}
                  onChange={(statusOf) => update({ statusOf })}
                  {...lists}
                />
              )}
            </Field>
          )}
        </section>
      )}
      <CorpusLimit
        corpus={corpus}
        refining={refining}
        limit={state.limit}
        onLimit={(limit) => update({ limit })}
      />
      {state.view !== 'map' && (
        <Field label="Layout">
          {(id) => (
            <select
              id={id}
              value={state.layout}
              onChange={(event) => update({ layout: event.target.value as LayoutKey })}
            >
              {LAYOUT_KEYS.map((key) => (
                <option key={key} value={key}>
                  {LAYOUT_LABELS[key]}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <button
        type="button"
        className="filters__reset"
        onClick={() =>
          update({
            regions: [],
            declaration: null,
            instrument: null,
            from: null,
            to: null,
            asOf: null,
            issue: null,
            versus: null,
            a: null,
            b: null,
            selected: null,
            expand: [],
            moved: {},
          })
        }
      >
        Reset filters
      </button>
    </aside>
  );
}
