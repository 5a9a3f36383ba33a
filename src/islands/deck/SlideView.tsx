import type { ComponentChildren } from 'preact';
import type { Slide } from '../../domain/slides';
import { QrCode } from './QrCode';

interface Props {
  slide: Slide;
  index: number;
  total: number;
  /** Whether this is the slide on screen. */
  current: boolean;
  /** Whether the deck is live (one slide at a time) rather than the static page. */
  live: boolean;
  /** The address participants open (title slide's QR code); empty until known. */
  address: string;
  /** The timer block, for the current slide of a view that shows timers. */
  timer?: ComponentChildren;
}

/**
 * One slide: label, heading, the big text, a list (key ideas, or an exercise's steps),
 * and beside or below it the timer or the QR code. Type scales with the slide's box, and
 * the deck shrinks it further when a slide would not fit.
 */
export function SlideView({ slide, index, total, current, live, address, timer }: Props) {
  const aside = timer ?? (slide.kind === 'title' && address ? <QrCode address={address} /> : null);
  return (
    <section
      class={`slide slide-${slide.kind}${current ? ' is-current' : ''}`}
      data-slide={index}
      data-slide-id={slide.id}
      data-timer={slide.timerMinutes}
      aria-roledescription="slide"
      aria-label={`Slide ${index + 1} of ${total}: ${slide.heading}`}
      hidden={live && !current}
    >
      <div class={`slide-body${aside ? ' has-aside' : ''}`}>
        <div class="slide-content" data-fit>
          <p class="slide-label">{slide.label}</p>
          <h2 class="slide-heading">{slide.heading}</h2>
          {slide.text && <p class="slide-text">{slide.text}</p>}
          {slide.steps && slide.steps.length > 1 && (
            <ol class="slide-steps" aria-label="Steps of this exercise">
              {slide.steps.map((s, i) => (
                <li
                  key={`${i}-${s.label}`}
                  class={i === slide.currentStep ? 'is-current' : undefined}
                  aria-current={i === slide.currentStep ? 'step' : undefined}
                >
                  {s.label} · {s.minutes} min
                </li>
              ))}
            </ol>
          )}
          {slide.points.length > 0 && (
            <ul class="slide-points">
              {slide.points.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
        {aside && (
          <div class="slide-aside" data-fit>
            {aside}
          </div>
        )}
      </div>
    </section>
  );
}
