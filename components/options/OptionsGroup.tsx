import type { ComponentChildren } from 'preact';

export interface OptionsGroupProps {
  /** The anchor the navigation links to (`#id`). */
  id: string;
  title: string;
  intro?: string;
  children?: ComponentChildren;
}

/** One group of the options page: a labelled region with its own heading, reached from the navigation.
 *  The heading takes focus when its link is followed (tabIndex -1), so keyboard users land on it. */
export function OptionsGroup({ id, title, intro, children }: OptionsGroupProps) {
  return (
    <section id={id} class="group" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1}>
        {title}
      </h2>
      {intro && <p class="intro">{intro}</p>}
      {children}
    </section>
  );
}

/** A labelled checkbox on its own row. */
export function CheckboxRow({
  label,
  checked,
  onChange,
  name,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name: string;
}) {
  return (
    <p class="row">
      <label>
        <input
          type="checkbox"
          name={name}
          checked={checked}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />{' '}
        {label}
      </label>
    </p>
  );
}

/** A labelled drop-down on its own row; options are `[value, visible label]` pairs. */
export function SelectRow<V extends string>({
  label,
  value,
  options,
  onChange,
  name,
}: {
  label: string;
  value: V;
  options: readonly (readonly [V, string])[];
  onChange: (value: V) => void;
  name: string;
}) {
  return (
    <p class="row">
      <label>
        {label}{' '}
        <select name={name} value={value} onChange={(e) => onChange(e.currentTarget.value as V)}>
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      </label>
    </p>
  );
}
