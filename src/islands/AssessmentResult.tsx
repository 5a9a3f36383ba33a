import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { ActionInfo, AssessmentData, DimensionInfo } from '../domain/assessment';
import { currentDraft } from '../domain/assessment-history';
import { resultView } from '../domain/assessment-result';
import type { RadarLayout } from '../domain/radar';
import { actionId, actions, addAction, attempts, removeAction } from '../store/assessment';
import { $today } from '../store/today';
import { AdviceCards } from './assessment/AdviceCards';
import { HistoryPanel } from './assessment/HistoryPanel';
import { RadarChart } from './assessment/RadarChart';
import { ScoreTable } from './assessment/ScoreTable';
import { SharePanel } from './assessment/SharePanel';
import './assessment/result.css';
import { whenLoaded } from './when-loaded';

interface Props {
  data: AssessmentData;
  /** The radar chart's frame (computed when the page is built). */
  radar: RadarLayout;
  /** The page to take the assessment. */
  takeHref: string;
  /** The page that explains share codes. */
  shareHref: string;
}

/** The two groups of advice: the habits to build on, then the ones to grow. */
const ADVICE = [
  {
    kind: 'strong',
    id: 'strong-title',
    title: 'Your strongest habits',
    intro: 'Build on these: they are what people already value in you.',
  },
  {
    kind: 'grow',
    id: 'grow-title',
    title: 'Where to grow next',
    intro: 'Pick one habit and one action, and give it the next 30 days. Actions you add appear on My progress.',
  },
] as const;

/** The result of the latest attempt: scores, chart and table, advice with actions, history and share code. */
function AssessmentResult({ data, radar, takeHref, shareHref }: Props) {
  const items = useStore(attempts.$items);
  const plan = useStore(actions.$items);
  const [said, setSaid] = useState('');
  const today = useStore($today);
  const view = resultView(data, items, today);

  if (!view) {
    const draft = currentDraft(items) !== null;
    return (
      <div class="panel">
        <p>
          {draft
            ? 'You have started the assessment but not finished it yet. Your answers are saved.'
            : 'You have not taken the assessment in this browser yet.'}
        </p>
        <p>
          <a class="button" href={takeHref}>
            {draft ? 'Carry on with the assessment' : 'Take the assessment'}
          </a>
        </p>
      </div>
    );
  }

  const scoreOf = (id: DimensionInfo['id']) => view.rows.find((r) => r.id === id)?.score ?? null;
  const planned = (d: DimensionInfo, a: ActionInfo) => plan[actionId(d.id, a.id)] !== undefined;
  const toggle = (d: DimensionInfo, a: ActionInfo) => {
    if (planned(d, a)) {
      removeAction(actionId(d.id, a.id));
      setSaid('Removed from your plan.');
    } else {
      setSaid(
        addAction(d.id, a)
          ? 'Added to your plan. You will find it on My progress.'
          : 'This browser did not save the action. See the message at the top of the page.',
      );
    }
  };

  return (
    <div class="result">
      <section class="result-head" aria-labelledby="result-title">
        <h2 id="result-title">
          Overall <span class="overall-score">{view.overall ?? '—'}</span> <span class="of">of 100</span>
        </h2>
        <p class="muted">
          Taken on {view.date}
          {view.previousDate
            ? `. Compared with ${view.previousDate}: ${view.overallChangeText}.`
            : '. This is your first attempt.'}
        </p>
        {view.note && <p class="notice">{view.note}</p>}
        {view.hasDraft && (
          <p class="notice no-print">
            You have an unfinished attempt. <a href={takeHref}>Carry on with it</a>.
          </p>
        )}
      </section>
      <figure class="chart-with-table">
        <RadarChart
          layout={radar}
          series={[{ kind: 'latest', values: view.values }]}
          title={`Radar chart of your eight scores from ${view.date}. The same numbers are in the table beside it.`}
        />
        <ScoreTable
          rows={view.rows}
          previousDate={view.previousDate}
          overall={view.overall}
          overallChangeText={view.overallChangeText}
        />
      </figure>
      <p class="visually-hidden" role="status">
        {said}
      </p>
      <div class="advice-columns">
        {ADVICE.map((a) => (
          <AdviceCards
            key={a.kind}
            {...a}
            dims={a.kind === 'strong' ? view.strongest : view.weakest}
            score={scoreOf}
            planned={planned}
            onToggle={toggle}
          />
        ))}
      </div>
      <p class="no-print">
        <button type="button" class="button secondary" onClick={() => print()}>
          Print this result
        </button>
      </p>
      <HistoryPanel view={view} radar={radar} takeHref={takeHref} />
      <SharePanel code={view.shareCode} shareHref={shareHref} />
    </div>
  );
}

export default whenLoaded(AssessmentResult, 'Reading your answers…');
