import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { TIER_WORDS } from '../domain/coi/tiers';
import { addDays, formatDate } from '../domain/dates';
import { href } from '../domain/paths';
import { stepLabel } from '../domain/planner/intros';
import { RUNG_LABELS } from '../domain/planner/ladder';
import { entriesSince, formatBalance, formatRatio, KIND_LABELS, sideOf } from '../domain/planner/ledger';
import { ROLE_LABELS, routineItems } from '../domain/planner/listening';
import { formatWeek, isoWeekId } from '../domain/planner/weeks';
import { describeDue } from '../domain/touch';
import { INTRO_STEPS, type Intro } from '../schemas/planner';
import { $plannerView, planner } from '../store/planner';
import { Select } from './planner/fields';
import { TableHead } from './table-head';
import './planner/print.css';
import { whenLoaded } from './when-loaded';

const PERIODS = [
  ['30', 'The last 30 days'],
  ['90', 'The last 90 days'],
  ['365', 'The last year'],
  ['all', 'Everything'],
] as const;

/** The reader's own planner as a printable sheet: this week, relationships, ledger, keep in touch, routine, introductions. */
function PlannerPrint() {
  const v = useStore($plannerView);
  const entries = useStore(planner.ledger.$items);
  const intros = useStore(planner.intros.$items);
  const weeks = useStore(planner.listening.$items);
  const [period, setPeriod] = useState<(typeof PERIODS)[number][0]>('30');
  const t = v.today;
  const name = (id: string) => v.byId.get(id)?.contact.name ?? 'Someone removed';
  const ledger = entriesSince(entries, period === 'all' ? '' : addDays(t, -Number(period)));
  const plans = [...v.week.overdue, ...v.week.thisWeek];
  const week = weeks[isoWeekId(t)];
  const routine = routineItems(v.people.map((p) => [p.id, p.contact]));
  const introList = Object.entries(intros).filter((e): e is [string, Intro] => !!e[1]);

  if (v.people.length === 0)
    return (
      <p class="notice warn">
        Your planner is empty in this browser, so there is nothing of yours to print yet.{' '}
        <a href={href('/planner/')}>Add a relationship</a> or print the{' '}
        <a href={href('/planner/print/blank/')}>blank sheet</a>.
      </p>
    );

  return (
    <div class="sheet-body" data-ready>
      <div class="no-print print-options">
        <Select
          id="print-period"
          label="Ledger entries to include"
          value={period}
          onChange={setPeriod}
          options={PERIODS}
        />
      </div>
      <p class="sheet-meta">
        Printed {formatDate(t, 'day')} · {v.people.length} relationships · {v.gives} gives to {v.asks} asks in all ·{' '}
        {v.givesThisWeek} gives this week
      </p>

      <section class="sheet-part" aria-labelledby="mine-week">
        <h2 id="mine-week">This week: {formatWeek(v.week.monday, { today: t })}</h2>
        {plans.length === 0 ? (
          <p>Nothing planned for this week.</p>
        ) : (
          <table class="sheet-table">
            <TableHead
              columns={[
                { label: 'Due', class: 'date-col' },
                'Person',
                'Plan',
                'Note',
                { label: 'Done', class: 'tick-col' },
              ]}
            />
            <tbody>
              {plans.map(({ id, plan }) => (
                <tr key={id}>
                  <td data-label="Due" class="date-col">
                    {formatDate(plan.due, 'day', { today: t })}
                    {plan.due < t && <strong> (overdue)</strong>}
                  </td>
                  <td data-label="Person">{name(plan.contactId)}</td>
                  <td data-label="Plan">
                    {sideOf(plan.kind)}: {KIND_LABELS[plan.kind]}
                    {plan.channel && `, ${RUNG_LABELS[plan.channel].toLowerCase()}`}
                  </td>
                  <td data-label="Note" class="note">
                    {plan.note}
                  </td>
                  <td data-label="Done" class="tick-col">
                    ☐
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section class="sheet-part" aria-labelledby="mine-people">
        <h2 id="mine-people">Relationships</h2>
        <table class="sheet-table">
          <TableHead columns={['Name', 'Kind', 'Balance', 'Last give', 'Keep in touch', 'Channel']} />
          <tbody>
            {v.people.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.contact.name}</th>
                <td data-label="Kind">{TIER_WORDS[p.contact.tier].kind}</td>
                <td data-label="Balance">
                  {formatBalance(p.account)} ({formatRatio(p.account)})
                </td>
                <td data-label="Last give">
                  {p.account.lastGive ? formatDate(p.account.lastGive, 'day', { today: t }) : '—'}
                </td>
                <td data-label="Keep in touch">
                  {p.status.state === 'overdue' ? '● ' : p.status.state === 'later' ? '' : '◐ '}
                  {describeDue(p.status)}
                </td>
                <td data-label="Channel">{p.contact.planner?.rung ? RUNG_LABELS[p.contact.planner.rung] : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section class="sheet-part" aria-labelledby="mine-ledger">
        <h2 id="mine-ledger">Ledger: {PERIODS.find((p) => p[0] === period)?.[1].toLowerCase()}</h2>
        {ledger.length === 0 ? (
          <p>No gives or asks logged in this period.</p>
        ) : (
          <table class="sheet-table">
            <TableHead columns={[{ label: 'Date', class: 'date-col' }, 'Person', 'Give or ask', 'Note']} />
            <tbody>
              {ledger.map(([id, e]) => (
                <tr key={id}>
                  <td data-label="Date" class="date-col">
                    {formatDate(e.date, 'day', { today: t })}
                  </td>
                  <td data-label="Person">{name(e.contactId)}</td>
                  <td data-label="Give or ask">
                    {sideOf(e.kind)}: {KIND_LABELS[e.kind]}
                  </td>
                  <td data-label="Note" class="note">
                    {e.note}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section class="sheet-part keep-together" aria-labelledby="mine-keep">
        <h2 id="mine-keep">Keep in touch and step up</h2>
        {v.slipping.length === 0 && v.stalled.length === 0 ? (
          <p>Nobody is slipping, and nothing has stalled.</p>
        ) : (
          <ul>
            {v.slipping.map((s) => (
              <li key={`s${s.id}`}>
                {s.status.state === 'overdue' ? '● ' : '◐ '}
                <strong>{name(s.id)}</strong>: {describeDue(s.status)}.
              </li>
            ))}
            {v.stalled.map((s) => (
              <li key={`l${s.id}`}>
                ↑ <strong>{name(s.id)}</strong>: {RUNG_LABELS[s.rung]} to {RUNG_LABELS[s.next].toLowerCase()}.{' '}
                {s.advice}
              </li>
            ))}
          </ul>
        )}
      </section>

      {routine.length > 0 && (
        <section class="sheet-part keep-together" aria-labelledby="mine-listen">
          <h2 id="mine-listen">Listening routine this week</h2>
          <ul class="tick-list">
            {routine.map((i) => (
              <li key={i.key}>
                {week && i.key in week.ticks ? '☑' : '☐'} {ROLE_LABELS[i.role].heading} {name(i.contactId)}
              </li>
            ))}
          </ul>
        </section>
      )}

      {introList.length > 0 && (
        <section class="sheet-part" aria-labelledby="mine-intros">
          <h2 id="mine-intros">Introductions</h2>
          <table class="sheet-table">
            <TableHead columns={['Who and who', 'Why', 'Steps']} />
            <tbody>
              {introList.map(([id, i]) => (
                <tr key={id}>
                  <td data-label="Who and who">
                    {name(i.a)} and {name(i.b)}
                    {i.declined && <em> (not going ahead)</em>}
                  </td>
                  <td data-label="Why" class="note">
                    {i.why}
                  </td>
                  <td data-label="Steps">
                    {INTRO_STEPS.map((s) => (
                      <span key={s} class="step-line">
                        {i.reached[s]
                          ? `☑ ${stepLabel(s, name(i.a), name(i.b))}, ${formatDate(i.reached[s] ?? '', 'day', { today: t })}`
                          : `☐ ${stepLabel(s, name(i.a), name(i.b))}`}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}

export default whenLoaded(PlannerPrint, 'Reading your planner…');
