import type { Draft } from '../../../domain/coi/import/draft';
import { TableHead } from '../../table-head';

/** A few imported people as a table: name, organization, role, email, tags. Text only. */
export function PreviewTable({ drafts, caption }: { drafts: Draft[]; caption: string }) {
  if (!drafts.length) return <p class="muted">Nobody to show yet.</p>;
  return (
    <div class="coi-table-wrap">
      <table class="data-table">
        <TableHead caption={`${caption}`} hiddenCaption columns={['Name', 'Organization', 'Role', 'Email', 'Tags']} />
        <tbody>
          {drafts.map((d) => (
            <tr key={d.source}>
              <td>{d.name}</td>
              <td>{d.organization}</td>
              <td>{d.role}</td>
              <td>{d.email}</td>
              <td>{d.tags.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
