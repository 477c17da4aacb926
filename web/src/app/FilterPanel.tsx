import { LAYOUT_KEYS, type LayoutKey } from '../graph/layouts';
import { REGION_KEYS } from '../graph/regions';
import CorpusLimit from '../features/corpus/CorpusLimit';
import type { Corpus } from '../features/corpus/load-corpus';
import type { InstrumentOption } from '../features/views/default-picks';
import type { VoteIssues } from '../features/views/vote-issues';
import ChoiceField from './ChoiceField';
import Field from './Field';
import TargetField from './TargetField';
import type { UpdateViewState } from './use-view-state';
import { COLOR_KEYS, type ColorKey, type ViewState } from './view-state';

type Props = {
  state: ViewState;
  update: UpdateViewState;
  corpus: Corpus;
  /** A narrower set of declarations for the years asked is loading. */
  refining: boolean;
  instruments: readonly InstrumentOption[];
  /** The roll-call topics Votes can be narrowed to. */
  issues: VoteIssues;
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
const LAYOUT_CHOICES = LAYOUT_KEYS.map((key) => ({ value: key, label: LAYOUT_LABELS[key] }));
const COLOR_LABELS: Record<ColorKey, string> = {
  region: 'UN region',
  coalition: 'Coalition',
  status: 'Treaty status',
};

/** The left panel: what the current view shows, and how it is drawn. */
export default function FilterPanel(props: Props) {
  const { state, update, corpus, refining, instruments, defaults, date, colorBy } = props;
  const lists = { declarations: corpus.declarations, instruments };
  const issueChoices = [
    { value: '', label: 'Every topic' },
    ...[...props.issues].map(([code, name]) => ({ value: code, label: name })),
  ];
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
          <TargetField
            label="Declaration (its signatories)"
            show="declarations"
            value={state.declaration ?? defaults.declaration}
            onChange={(declaration) => update({ declaration })}
            {...lists}
          />
          <TargetField
            label="Instrument"
            show="instruments"
            value={state.instrument ?? defaults.instrument}
            onChange={(instrument) => update({ instrument })}
            {...lists}
          />
        </section>
      )}
      {state.view === 'treaty' && (
        <section>
          <h2>Treaty parties</h2>
          <TargetField
            label="Instrument"
            show="instruments"
            value={state.instrument ?? defaults.instrument}
            onChange={(instrument) => update({ instrument })}
            {...lists}
          />
        </section>
      )}
      {state.view === 'compare' && (
        <section>
          <h2>Compare</h2>
          <TargetField
            label="A"
            show="both"
            value={state.a ?? defaults.declaration}
            onChange={(a) => update({ a })}
            {...lists}
          />
          <TargetField
            label="B"
            show="both"
            value={state.b ?? defaults.instrument}
            onChange={(b) => update({ b })}
            {...lists}
          />
        </section>
      )}
      {state.view === 'votes' && (
        <section>
          <h2>Votes</h2>
          <ChoiceField
            label="Topic of the roll calls"
            value={state.issue ?? ''}
            choices={issueChoices}
            onChange={(issue) => update({ issue: issue || null })}
          />
          <TargetField
            label="Ring the signatories of"
            show="declarations"
            none="No declaration"
            value={state.declaration}
            onChange={(declaration) => update({ declaration })}
            {...lists}
          />
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
          <TargetField
            label="Declaration"
            show="declarations"
            none="Any declaration"
            value={state.declaration}
            onChange={(declaration) => update({ declaration })}
            {...lists}
          />
          <TargetField
            label="Cites instrument"
            show="instruments"
            none="Any instrument"
            value={state.instrument}
            onChange={(instrument) => update({ instrument })}
            {...lists}
          />
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
          <ChoiceField
            label="Colour states by"
            value={colorBy}
            choices={COLOR_KEYS.map((key) => ({
              value: key,
              label: COLOR_LABELS[key],
              disabled: key === 'coalition' && !props.coalitionsAvailable,
            }))}
            onChange={(key) => update({ colorBy: key })}
          />
          {colorBy === 'status' && (
            <TargetField
              label="Status towards instrument"
              show="instruments"
              value={state.statusOf ?? defaults.instrument}
              onChange={(statusOf) => update({ statusOf })}
              {...lists}
            />
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
        <ChoiceField
          label="Layout"
          value={state.layout}
          choices={LAYOUT_CHOICES}
          onChange={(layout) => update({ layout })}
        />
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
