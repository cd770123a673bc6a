interface Common {
  /** The query parameter. */
  name: string;
  /** The control's id; a hint gets `${id}-hint`. */
  id: string;
  label: string;
  /** The value the page was asked with. */
  value: string;
}

export type FilterField =
  | (Common & { kind: 'select'; options: ReadonlyArray<{ value: string; label: string }> })
  | (Common & { kind: 'text'; hint?: string; type?: 'search' | 'text'; maxLength: number; ltr?: boolean });

/**
 * The GET filter form above a staff list (review queue, audit log, message queue): the filters are
 * query parameters, so a filtered list is a link that can be kept or shared, and the form works without
 * JavaScript.
 */
export function FilterForm({
  label,
  submit,
  fields,
}: {
  label: string;
  submit: string;
  fields: FilterField[];
}) {
  return (
    <form method="get" className="card queue-filters" role="search" aria-label={label}>
      {fields.map((field) => (
        <div className="field" key={field.name}>
          <label htmlFor={field.id}>{field.label}</label>
          {field.kind === 'select' ? (
            <select id={field.id} name={field.name} defaultValue={field.value}>
              {field.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          ) : (
            <>
              {field.hint ? (
                <p className="hint" id={`${field.id}-hint`}>
                  {field.hint}
                </p>
              ) : null}
              <input
                id={field.id}
                name={field.name}
                type={field.type}
                dir={field.ltr ? 'ltr' : undefined}
                defaultValue={field.value}
                aria-describedby={field.hint ? `${field.id}-hint` : undefined}
                maxLength={field.maxLength}
              />
            </>
          )}
        </div>
      ))}
      <div className="button-row">
        <button type="submit" className="button button-primary">
          {submit}
        </button>
      </div>
    </form>
  );
}
