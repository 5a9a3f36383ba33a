import { COLUMN_TARGETS, type ColumnTarget } from '../../../domain/coi/import/columns';
import type { Table } from '../../../domain/coi/import/csv';
import type { Draft } from '../../../domain/coi/import/draft';
import { PreviewTable } from './PreviewTable';

interface Props {
  fileName: string;
  table: Table;
  mapping: ColumnTarget[];
  preview: Draft[];
  onMap: (column: number, target: ColumnTarget) => void;
  onContinue: () => void;
  onCancel: () => void;
}

/** Step 2 for CSV files: say what each column holds, with a live preview of the first people. */
export function MappingStep({ fileName, table, mapping, preview, onMap, onContinue, onCancel }: Props) {
  /** The first two filled values of a column (looks no further than it needs). */
  const sample = (i: number) => {
    const found: string[] = [];
    for (const r of table.rows) {
      const v = r[i]?.trim();
      if (v) found.push(v);
      if (found.length === 2) break;
    }
    return found.join(' · ');
  };
  const hasName = mapping.some((t) => t === 'name' || t === 'firstName' || t === 'lastName');
  return (
    <section class="panel" aria-labelledby="coi-map-title">
      <h2 id="coi-map-title" tabIndex={-1}>
        Match the columns of {fileName}
      </h2>
      {table.linkedIn ? (
        <p class="notice good">
          This is LinkedIn’s connections export. The columns are matched for you, and everyone gets the tag “LinkedIn”.
        </p>
      ) : (
        <p>
          {table.rows.length} rows found. Tell the worksheet what each column holds; columns left out are not imported.
        </p>
      )}
      {table.warnings.map((w) => (
        <p key={w} class="notice warn">
          {w}
        </p>
      ))}
      <div class="coi-mapping">
        {table.header.map((h, i) => {
          const example = sample(i);
          return (
            <p key={i}>
              <label for={`coi-map-${i}`}>
                Column “{h}”<span class="sample">{example ? `e.g. ${example}` : 'empty in every row'}</span>
              </label>
              <select
                id={`coi-map-${i}`}
                value={mapping[i]}
                onChange={(e) => onMap(i, e.currentTarget.value as ColumnTarget)}
              >
                {COLUMN_TARGETS.map(([t, label]) => (
                  <option key={t} value={t}>
                    {label}
                  </option>
                ))}
              </select>
            </p>
          );
        })}
      </div>
      <h3>Preview of the first people</h3>
      <PreviewTable drafts={preview} caption="The first people as they will be imported" />
      {!hasName && (
        <p class="notice warn" role="alert">
          Pick the column that holds each person’s name (or first and last name) to continue.
        </p>
      )}
      <p class="actions">
        <button type="button" class="button" disabled={!hasName} onClick={onContinue}>
          Continue
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          Choose another file
        </button>
      </p>
    </section>
  );
}
