import { useId, type ReactNode } from 'react';

/** A labelled form control: the label, and the control built with the id it points at. */
export default function Field({
  label,
  children,
}: {
  label: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
