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
  const sample = (i: number) =>
    table.rows
      .map((r) => r[i]?.trim() ?? '')
      .filter(Boolean)
      .slice(0, 2)
      .join(' · ');
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
        {table.header.map((h, i) => (
          <p key={i}>
            <label for={`coi-map-${i}`}>
              Column “{h}”<span class="sample">{sample(i) ? `e.g. ${sample(i)}` : 'empty in every row'}</span>
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
        ))}
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
