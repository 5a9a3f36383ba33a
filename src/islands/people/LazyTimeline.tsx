import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Props = { id: string; tool: 'worksheet' | 'planner' };

/** The timeline's code, loaded the first time a person is opened (most visits never open one). */
let loading: Promise<FunctionComponent<Props>> | undefined;

/** A person's timeline (`PersonTimeline`), loaded when first shown; says so if it cannot load. */
export function LazyTimeline(props: Props) {
  const [View, setView] = useState<FunctionComponent<Props> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loading ??= import('./PersonTimeline').then((m) => m.PersonTimeline);
    loading.then(
      (c) => live && setView(() => c),
      () => {
        loading = undefined;
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  if (View) return <View {...props} />;
  return (
    <p class="muted">
      {failed
        ? 'The timeline did not load. Check your connection, then close and open this person again.'
        : 'Opening the timeline…'}
    </p>
  );
}
