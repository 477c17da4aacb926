import Field from './Field';

export type Choice<T extends string> = { value: T; label: string; disabled?: boolean };

/** A labelled drop-down over a fixed list of choices. */
export default function ChoiceField<T extends string>(props: {
  label: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
}) {
  const { label, value, choices, onChange } = props;
  return (
    <Field label={label}>
      {(id) => (
        // The options are exactly `choices`, so the picked value is one of T.
        <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value} disabled={choice.disabled}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
