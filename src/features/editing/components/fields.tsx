// The editor's controls: labelled text, number and select fields, a partial date with its qualifier, and a list of
// items the fan adds to and removes from. Each shows its problems beside it (see field-problems).
import { useId, type ReactNode } from 'react';
import { dateQualifiers } from '../../../content/kinds';
import type { PartialDate } from '../../../content/schema';
import { FieldError, useField } from './field-problems';

type TextFieldProps = {
  label: string;
  path: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  hint?: string;
  type?: 'text' | 'url' | 'number';
  inputMode?: 'numeric' | 'text';
};

export function TextField({ label, path, value, onChange, multiline, hint, type = 'text', inputMode }: TextFieldProps) {
  const hintId = useId();
  const field = useField(path, { hintId: hint ? hintId : undefined });
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...field.controlProps} value={value} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...field.controlProps}
          type={type}
          inputMode={inputMode}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      <FieldError field={field} />
    </div>
  );
}

export type Option = { value: string; label: string };

export function SelectField({
  label,
  path,
  value,
  options,
  onChange,
}: {
  label: string;
  path: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
}) {
  const field = useField(path);
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <select {...field.controlProps} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError field={field} />
    </div>
  );
}

export function CheckboxField({
  label,
  path,
  checked,
  onChange,
}: {
  label: string;
  path: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const field = useField(path);
  return (
    <div className="field field-checkbox">
      <input
        {...field.controlProps}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={field.id}>{label}</label>
      <FieldError field={field} />
    </div>
  );
}

const qualifierOptions: Option[] = [
  { value: '', label: 'exactly' },
  ...dateQualifiers.map((qualifier) => ({ value: qualifier, label: qualifier })),
];

/** A date as precise as the source allows (YYYY, YYYY-MM or YYYY-MM-DD) and how sure it is. */
export function DateFields({
  label,
  path,
  value,
  onChange,
}: {
  label: string;
  path: string;
  value: PartialDate;
  onChange: (value: PartialDate) => void;
}) {
  return (
    <div className="field-row">
      <TextField
        label={label}
        path={`${path}.value`}
        hint="YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source"
        value={value.value}
        onChange={(text) => onChange({ ...value, value: text.trim() })}
      />
      <SelectField
        label={`${label}: how sure`}
        path={`${path}.qualifier`}
        value={value.qualifier ?? ''}
        options={qualifierOptions}
        onChange={(qualifier) =>
          onChange({
            value: value.value,
            ...(qualifier ? { qualifier: qualifier as NonNullable<PartialDate['qualifier']> } : {}),
          })
        }
      />
    </div>
  );
}

/** A list the fan adds to and removes from: `render` draws one item's fields (`path` is the item's, e.g. "aliases[0]"). */
export function ListField<T>({
  legend,
  path,
  items,
  onChange,
  blank,
  itemName,
  render,
}: {
  legend: string;
  path: string;
  items: readonly T[];
  onChange: (items: T[]) => void;
  blank: () => T;
  /** What one item is called: "alias" → "Alias 1", "Add an alias"… */
  itemName: string;
  render: (item: T, update: (item: T) => void, path: string) => ReactNode;
}) {
  const field = useField(path, { exact: true });
  const title = itemName.charAt(0).toUpperCase() + itemName.slice(1);
  return (
    <fieldset {...field.groupProps} tabIndex={-1} className="list-field">
      <legend>{legend}</legend>
      <FieldError field={field} />
      {items.length === 0 ? <p className="muted">None yet.</p> : null}
      <ol className="list-field-items">
        {items.map((item, index) => (
          <li key={index}>
            <fieldset className="list-field-item">
              <legend>{`${title} ${index + 1}`}</legend>
              {render(
                item,
                (next) => onChange(items.map((old, at) => (at === index ? next : old))),
                `${path}[${index}]`,
              )}
              <button
                type="button"
                className="button button-quiet button-small"
                onClick={(event) => {
                  // The button goes with its item: focus stays in the list.
                  const list = event.currentTarget.closest<HTMLElement>('.list-field');
                  onChange(items.filter((_, at) => at !== index));
                  list?.focus();
                }}
              >
                {`Remove ${itemName} ${index + 1}`}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" className="button button-quiet button-small" onClick={() => onChange([...items, blank()])}>
        {`Add ${/^[aeiou]/i.test(itemName) ? 'an' : 'a'} ${itemName}`}
      </button>
    </fieldset>
  );
}
