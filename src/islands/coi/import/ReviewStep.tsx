import { useState } from 'preact/hooks';
import { type Duplicate, type DuplicateChoice, REASONS } from '../../../domain/coi/import/dedupe';
import { FIELD_NAMES, type ReadResult } from '../../../domain/coi/import/draft';
import { PAGE_SIZE } from '../../../domain/coi/list';
import type { Contact } from '../../../schemas/contact';
import { TableHead } from '../../table-head';
import { PreviewTable } from './PreviewTable';

interface Props {
  fileName: string;
  result: ReadResult;
  duplicates: Duplicate[];
  saved: Record<string, Contact | undefined>;
  choice: DuplicateChoice;
  overrides: Map<number, DuplicateChoice>;
  onChoice: (c: DuplicateChoice) => void;
  onOverride: (index: number, c: DuplicateChoice) => void;
  onImport: () => void;
  onCancel: () => void;
}

/** Lists up to a few sources ("row 3, row 9 and 4 more"). */
function sources(list: string[], max = 8): string {
  const shown = list.slice(0, max).join(', ');
  return list.length > max ? `${shown} and ${list.length - max} more` : shown;
}

const CHOICES: [DuplicateChoice, string][] = [
  ['merge', 'Merge: fill in empty fields, add tags and notes'],
  ['skip', 'Skip: leave them out of this import'],
  ['add', 'Keep both: add them as separate people'],
];

/** Step 3: what will be imported, rows that will be skipped, and what to do with duplicates. */
export function ReviewStep(p: Props) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const { result, duplicates } = p;
  const shortened = result.drafts
    .filter((d) => d.shortened)
    .map((d) => `${d.source} (${d.shortened?.map((f) => FIELD_NAMES[f]).join(', ')})`);
  const adding =
    result.drafts.length - duplicates.filter((d) => (p.overrides.get(d.index) ?? p.choice) !== 'add').length;
  const other = (d: Duplicate) =>
    d.match.kind === 'saved'
      ? `${p.saved[d.match.id]?.name ?? 'someone'} already on your worksheet`
      : `${result.drafts[d.match.index]?.name ?? 'someone'} (${result.drafts[d.match.index]?.source}) earlier in this file`;
  return (
    <section class="panel" aria-labelledby="coi-review-title">
      <h2 id="coi-review-title" tabIndex={-1}>
        Check the import from {p.fileName}
      </h2>
      <ul>
        <li>
          {adding} new {adding === 1 ? 'person' : 'people'} will go into your triage list.
        </li>
        {duplicates.length > 0 && (
          <li>
            {duplicates.length} {duplicates.length === 1 ? 'entry looks like someone' : 'entries look like people'} you
            already have (same email, profile URL or name).
          </li>
        )}
        {result.noName.length > 0 && (
          <li class="coi-skipped">
            {result.noName.length} {result.noName.length === 1 ? 'entry has' : 'entries have'} no name and will be
            skipped: {sources(result.noName)}.
          </li>
        )}
        {shortened.length > 0 && (
          <li class="coi-shortened">
            {shortened.length} {shortened.length === 1 ? 'entry has' : 'entries have'} a value longer than the worksheet
            keeps, which will be shortened: {sources(shortened, 4)}.
          </li>
        )}
        {result.unreadable.length > 0 && (
          <li class="coi-skipped">
            {result.unreadable.length} {result.unreadable.length === 1 ? 'card' : 'cards'} could not be read and will be
            skipped:{' '}
            {sources(
              result.unreadable.map((u) => `${u.source} (${u.reason})`),
              4,
            )}
            .
          </li>
        )}
      </ul>
      {duplicates.length > 0 && (
        <>
          <fieldset class="coi-choices">
            <legend>For entries that match someone you already have:</legend>
            {CHOICES.map(([c, label]) => (
              <label key={c}>
                <input type="radio" name="coi-dup" value={c} checked={p.choice === c} onChange={() => p.onChoice(c)} />{' '}
                {label}
              </label>
            ))}
          </fieldset>
          <details>
            <summary>Choose one by one ({duplicates.length})</summary>
            <div class="coi-table-wrap">
              <table class="data-table">
                <TableHead
                  caption="Entries that match someone you already have"
                  hiddenCaption
                  columns={['In the file', 'Matches', 'Do']}
                />
                <tbody>
                  {duplicates.slice(0, shown).map((d) => {
                    const draft = result.drafts[d.index];
                    return (
                      <tr key={d.index}>
                        <td>
                          {draft?.name} ({draft?.source})
                        </td>
                        <td>
                          {other(d)}: {REASONS[d.reason]}
                        </td>
                        <td>
                          <select
                            aria-label={`What to do with ${draft?.name} (${draft?.source})`}
                            value={p.overrides.get(d.index) ?? p.choice}
                            onChange={(e) => p.onOverride(d.index, e.currentTarget.value as DuplicateChoice)}
                          >
                            <option value="merge">Merge</option>
                            <option value="skip">Skip</option>
                            <option value="add">Keep both</option>
                          </select>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {duplicates.length > shown && (
              <p>
                <button type="button" class="button secondary small" onClick={() => setShown(shown + PAGE_SIZE)}>
                  Show more
                </button>
              </p>
            )}
          </details>
        </>
      )}
      <h3>The first people in the file</h3>
      <PreviewTable drafts={result.drafts.slice(0, 10)} caption="The first people in the file" />
      <p class="actions">
        <button type="button" class="button" onClick={p.onImport}>
          Import into triage
        </button>
        <button type="button" class="button secondary" onClick={p.onCancel}>
          Cancel
        </button>
      </p>
    </section>
  );
}
