import { Field, type FieldProps } from './field';
import type { SchemaForm } from './use-schema-form';

/** One text field of a schema form: everything `Field` takes but what the form supplies. */
export type FieldSpec = Omit<FieldProps, 'id' | 'errors'>;

/**
 * The text fields of a `useSchemaForm` form, in order: each gets the form's id for its name, its
 * translated errors and — except a password, which is never echoed — the value sent last, so a failed
 * submit keeps what was typed. A spec's own props (e.g. `defaultValue`) win.
 */
export function FieldList({ form, fields }: { form: SchemaForm; fields: FieldSpec[] }) {
  return fields.map((field) => (
    <Field
      key={field.name}
      id={form.id(field.name)}
      errors={form.errorsFor(field.name)}
      {...(field.type === 'password' ? {} : { defaultValue: form.value(field.name) })}
      {...field}
    />
  ));
}
