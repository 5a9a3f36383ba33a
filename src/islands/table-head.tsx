/** A column heading: its words, or its words and a class (a column width, say). Falsy entries are left out. */
export type Column = string | { label: string; class: string } | false | null | undefined;

interface Props {
  /** What the table holds. */
  caption?: string;
  /** Whether the caption is for screen readers only (a heading above already says it). */
  hiddenCaption?: boolean;
  /** The column headings, in order. */
  columns: readonly Column[];
}

/** The caption and the row of column headings every table of the tools starts with. */
export function TableHead({ caption, hiddenCaption = false, columns }: Props) {
  return (
    <>
      {caption && <caption class={hiddenCaption ? 'visually-hidden' : undefined}>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c) =>
            c ? (
              <th
                key={typeof c === 'string' ? c : c.label}
                scope="col"
                class={typeof c === 'string' ? undefined : c.class}
              >
                {typeof c === 'string' ? c : c.label}
              </th>
            ) : null,
          )}
        </tr>
      </thead>
    </>
  );
}
