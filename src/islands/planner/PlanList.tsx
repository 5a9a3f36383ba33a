import { useStore } from '@nanostores/preact';
import { formatDate, relativeDate } from '../../domain/dates';
import { RUNG_LABELS } from '../../domain/planner/ladder';
import { KIND_LABELS, sideOf } from '../../domain/planner/ledger';
import { isOverdue, type PlanItem } from '../../domain/planner/plan';
import { $plannerView, NOT_SAVED, planner } from '../../store/planner';
import { $today } from '../../store/today';
import type { StatusMessage } from '../status';

/** A list of planned items with "done" and "delete" actions; overdue ones are marked in words and colour. */
export function PlanList(props: {
  items: PlanItem[];
  onDone: (m: StatusMessage) => void;
  showPerson?: boolean;
  label: string;
}) {
  const view = useStore($plannerView);
  const today = useStore($today);
  if (props.items.length === 0) return null;
  return (
    <ul class="plan-list" aria-label={props.label}>
      {props.items.map(({ id, plan }) => {
        const name = view.byId.get(plan.contactId)?.contact.name ?? 'someone no longer in your list';
        const what = `${KIND_LABELS[plan.kind]}${props.showPerson === false ? '' : ` for ${name}`}`;
        const late = isOverdue(plan, today);
        const done = !!plan.done;
        return (
          <li key={id} class={late ? 'overdue' : done ? 'done' : undefined} data-plan={id}>
            <div class="plan-text">
              <span class="tag">{sideOf(plan.kind)}</span> <strong>{what}</strong>
              {plan.note && <span class="note"> — {plan.note}</span>}
              <span class="when">
                {done
                  ? `Done ${formatDate(plan.done ?? '', 'day', { today })}`
                  : late
                    ? `Overdue: was due ${formatDate(plan.due, 'day', { today })} (${relativeDate(plan.due, today)})`
                    : `Due ${formatDate(plan.due, 'day', { today })} (${relativeDate(plan.due, today)})`}
                {plan.channel && ` · ${RUNG_LABELS[plan.channel]}`}
              </span>
            </div>
            <div class="actions">
              {done ? (
                <button
                  type="button"
                  class="button secondary small"
                  aria-label={`Not done yet: ${what}`}
                  onClick={() => {
                    planner.reopenPlan(id);
                    props.onDone({ text: `Reopened: ${what}. Its ledger entry was taken out.` });
                  }}
                >
                  Not done yet
                </button>
              ) : (
                <button
                  type="button"
                  class="button small"
                  aria-label={`Done: ${what}`}
                  onClick={() => {
                    const r = planner.completePlan(id, today);
                    if (!r) return;
                    if (!r.saved) {
                      props.onDone({ text: `Not marked done: ${what}. ${NOT_SAVED}`, tone: 'bad' });
                      return;
                    }
                    const moved = r.raised ? ` ${name} moved up to ${RUNG_LABELS[r.raised].toLowerCase()}.` : '';
                    props.onDone({
                      text: `Done: ${what}, logged in the ledger today.${moved}`,
                      undo: () => planner.reopenPlan(id),
                    });
                  }}
                >
                  Done
                </button>
              )}
              <button
                type="button"
                class="button secondary small"
                aria-label={`Delete plan: ${what}`}
                onClick={() => {
                  const removed = planner.removePlan(id);
                  props.onDone({
                    text: `Deleted the plan: ${what}.${done ? ' Its ledger entry stays.' : ''}`,
                    tone: 'warn',
                    undo: removed ? () => planner.restorePlan(id, removed) : undefined,
                  });
                }}
              >
                Delete
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
