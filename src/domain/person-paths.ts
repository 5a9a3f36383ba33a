/**
 * Where one person is in each tool: the worksheet and the planner open at a person given in
 * their address (`?person=<id>`), so a person's timeline, My progress and either tool can
 * link to the same person in the other. Site paths: put them in a page through `href()`.
 */

/** The worksheet opened at a person. */
export const worksheetPath = (id: string) => `/coi/?person=${encodeURIComponent(id)}`;
/** The planner opened at a person. */
export const plannerPath = (id: string) => `/planner/?person=${encodeURIComponent(id)}#people`;

/** The id of the person a tool's address asks to open (`?person=<id>`), if any. */
export function personFromSearch(search: string): string | null {
  return new URLSearchParams(search).get('person');
}
