import type { Draft } from '../../../domain/coi/import/draft';

/** A few imported people as a table: name, organization, role, email, tags. Text only. */
export function PreviewTable({ drafts, caption }: { drafts: Draft[]; caption: string }) {
  if (!drafts.length) return <p class="muted">Nobody to show yet.</p>;
  return (
    <div class="coi-table-wrap">
      <table class="data-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Organization</th>
            <th scope="col">Role</th>
            <th scope="col">Email</th>
            <th scope="col">Tags</th>
          </tr>
        </thead>
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
