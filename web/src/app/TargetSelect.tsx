import type { InstrumentOption } from '../features/views/default-picks';
import type { CorpusDeclaration } from '../graph/elements';

/** Picks a declaration or an instrument; `none` labels an empty choice, for filters ("Any…"). */
export default function TargetSelect(props: {
  id: string;
  value: string | null;
  onChange: (value: string | null) => void;
  declarations: readonly CorpusDeclaration[];
  instruments: readonly InstrumentOption[];
  show: 'declarations' | 'instruments' | 'both';
  none?: string;
}) {
  const { id, value, onChange, declarations, instruments, show, none } = props;
  return (
    <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
      {none && <option value="">{none}</option>}
      {show !== 'instruments' && (
        <optgroup label="Declarations">
          {declarations.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
              {d.adoptedOn ? ` (${d.adoptedOn.slice(0, 4)})` : ''}
            </option>
          ))}
        </optgroup>
      )}
      {show !== 'declarations' && (
        <optgroup label="Instruments">
          {instruments.map((i) => (
            <option key={i.id} value={i.id}>
              {i.shortName ?? i.name}
            </option>
          ))}
        </optgroup>
      )}
    </select>
  );
}
