import { href } from '../../domain/paths';
import type { CourseModule } from '../MyProgress';

interface Props {
  modules: CourseModule[];
  text: (moduleId: string, promptId: string) => string;
}

/** Every reflection answer in one place, grouped by module. Text is rendered as text. */
export function ReflectionList({ modules, text }: Props) {
  const any = modules.some((m) => m.prompts.some((p) => text(m.id, p.id).trim() !== ''));
  return (
    <section aria-labelledby="reflections-title">
      <h2 id="reflections-title">Your reflections</h2>
      {!any && (
        <p class="muted">You have not written any reflections yet. Each module ends with a few questions to answer.</p>
      )}
      {any &&
        modules.map((m) => {
          const answered = m.prompts.filter((p) => text(m.id, p.id).trim() !== '');
          if (answered.length === 0) return null;
          return (
            <article key={m.id} class="reflection-group">
              <h3>
                <a href={href(`/lessons/${m.id}/#reflect`)}>
                  Module {m.order}: {m.title}
                </a>
              </h3>
              <dl>
                {answered.map((p) => (
                  <div key={p.id}>
                    <dt>{p.prompt}</dt>
                    <dd class="answer">{text(m.id, p.id)}</dd>
                  </div>
                ))}
              </dl>
            </article>
          );
        })}
    </section>
  );
}
