import type { ComponentProps } from 'react';
import Field from './Field';
import TargetSelect from './TargetSelect';

/** A labelled declaration/instrument pick: the panel's most common control. */
export default function TargetField({
  label,
  ...select
}: { label: string } & Omit<ComponentProps<typeof TargetSelect>, 'id'>) {
  return <Field label={label}>{(id) => <TargetSelect id={id} {...select} />}</Field>;
}
