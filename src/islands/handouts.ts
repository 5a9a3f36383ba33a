import { type CourseSegment, emptyAgenda, planSession, setSheets } from '../domain/agenda-plan';
import { chosenSheets, defaultSheets, type HandoutSheet, pageCount } from '../domain/handouts';
import { href } from '../domain/paths';
import { siteAddress } from '../domain/site-address';
import type { ToolId } from '../schemas/constants';
import { agendas } from '../store/workshop';
import { readPageData } from './page-data';
import { fillSheetAddresses } from './sheet-address';

/**
 * The handout pack's choice of sheets: for a session, its default sheets (the modules it
 * teaches in the facilitator's agenda) or the facilitator's own choice, saved with the
 * workshop; or the whole pack. Only the chosen sheets show and print, and each footer
 * carries the address the site is served at (or the facilitator's own).
 */

interface ChoiceData {
  sheets: HandoutSheet[];
  lessonTools: Record<string, ToolId>;
  sessions: Record<string, { formatId: string; session: number; label: string; segments: CourseSegment[] }>;
}

const data = readPageData<ChoiceData>('handout-data');
const form = document.querySelector<HTMLElement>('[data-handout-choice]');
const select = document.querySelector<HTMLSelectElement>('#handout-for');

if (data && form && select) {
  const store = agendas;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[data-sheet-choice]')];
  const sections = [...document.querySelectorAll<HTMLElement>('[data-sheet-id]')];
  const summary = form.querySelector<HTMLElement>('[data-choice-summary]');
  const printButton = form.querySelector<HTMLButtonElement>('[data-print]');
  const backButton = form.querySelector<HTMLButtonElement>('[data-default-sheets]');
  const facilitatorNote = form.querySelector<HTMLElement>('[data-facilitator-sheet]');
  const facilitatorLink = form.querySelector<HTMLAnchorElement>('[data-facilitator-link]');
  const all = data.sheets.map((s) => s.id);
  const served = siteAddress(location.origin, import.meta.env.BASE_URL);

  const fromUrl = new URL(location.href).searchParams.get('for') ?? '';
  let key = data.sessions[fromUrl] ? fromUrl : '';
  /** The choice for the whole pack (not saved: it belongs to no workshop). */
  let loose: string[] = all;

  const defaultsOf = (k: string): string[] => {
    const s = data.sessions[k];
    if (!s) return all;
    const plan = planSession(store.get(s.formatId) ?? emptyAgenda(), s.session, s.segments);
    return defaultSheets(plan.segments, data.lessonTools, data.sheets);
  };
  const savedOf = (k: string): string[] | undefined => {
    const s = data.sessions[k];
    return s ? store.get(s.formatId)?.sessions[String(s.session)]?.sheets : undefined;
  };
  const current = (): string[] => (key ? chosenSheets(savedOf(key), defaultsOf(key), data.sheets) : loose);

  const render = () => {
    const chosen = current();
    const pick = new Set(chosen);
    select.value = key;
    for (const b of boxes) b.checked = pick.has(b.value);
    let first = true;
    for (const sec of sections) {
      const show = pick.has(sec.dataset.sheetId ?? '');
      sec.hidden = !show;
      sec.classList.toggle('is-first', show && first);
      if (show) first = false;
    }
    const pages = pageCount(chosen, data.sheets);
    const session = data.sessions[key];
    if (summary) {
      summary.textContent =
        chosen.length === 0
          ? 'No sheets chosen: tick at least one to print.'
          : `${session ? `For ${session.label}: ` : ''}${chosen.length} ${chosen.length === 1 ? 'sheet' : 'sheets'}, ${pages} ${pages === 1 ? 'page' : 'pages'} on A4 or US Letter.`;
    }
    if (printButton) printButton.disabled = chosen.length === 0;
    if (backButton) backButton.hidden = !key || savedOf(key) === undefined;
    if (facilitatorNote) facilitatorNote.hidden = !session;
    if (facilitatorLink && session) facilitatorLink.href = href(`/workshop/${session.formatId}/`);
    const override = session ? store.get(session.formatId)?.address : undefined;
    fillSheetAddresses(override ?? served);
  };

  const saveChoice = (chosen: string[] | undefined) => {
    const s = data.sessions[key];
    if (!s) return;
    const agenda = store.get(s.formatId) ?? emptyAgenda();
    const same = chosen && chosen.join(',') === defaultsOf(key).join(',');
    store.set(s.formatId, setSheets(agenda, s.session, same ? undefined : chosen));
  };

  select.addEventListener('change', () => {
    key = data.sessions[select.value] ? select.value : '';
    loose = all;
    const url = new URL(location.href);
    if (key) url.searchParams.set('for', key);
    else url.searchParams.delete('for');
    history.replaceState(null, '', url);
    render();
  });
  for (const b of boxes) {
    b.addEventListener('change', () => {
      const chosen = boxes.filter((x) => x.checked).map((x) => x.value);
      if (key) saveChoice(chosen);
      else loose = chosen;
      render();
    });
  }
  backButton?.addEventListener('click', () => {
    saveChoice(undefined);
    render();
    select.focus();
  });
  store.$items.listen(render);
  render();
}
