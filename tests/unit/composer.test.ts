import { describe, expect, it } from 'vitest';
import { composeMessage, noticedSentence } from '../../src/domain/planner/composer';

describe('the give-first message turns any note into a sentence', () => {
  it.each([
    // Noun phrases get "I noticed" in front.
    ['your talk on pricing', 'I noticed your talk on pricing.'],
    ['Your talk on pricing', 'I noticed your talk on pricing.'],
    ['the panel you ran at SaaSConf', 'I noticed the panel you ran at SaaSConf.'],
    ['a post about cash flow,', 'I noticed a post about cash flow.'],
    ['this week’s newsletter', 'I noticed this week’s newsletter.'],
    ['their new office in Leeds', 'I noticed their new office in Leeds.'],
    // A noun phrase that is already a clause is kept, with a capital.
    ['your talk on pricing was great', 'Your talk on pricing was great.'],
    ['the thread you started really helped me', 'The thread you started really helped me.'],
    ['this article made my week', 'This article made my week.'],
    // A verb without its subject gets "I".
    ['loved your post on pricing', 'I loved your post on pricing.'],
    ['Enjoyed your talk!', 'I enjoyed your talk!'],
    ['saw you speak at the chamber breakfast', 'I saw you speak at the chamber breakfast.'],
    ['read your article on hiring', 'I read your article on hiring.'],
    ['really liked the case study', 'I really liked the case study.'],
    // "you…" and "that…" become what the reader noticed.
    ['you run a bakery in town', 'I noticed you run a bakery in town.'],
    ["you're hiring a designer", "I noticed you're hiring a designer."],
    ['that you moved to Berlin', 'I noticed that you moved to Berlin.'],
    // An "-ing" phrase is something they are doing.
    ['hiring a designer', 'I noticed you are hiring a designer.'],
    ['launching a podcast on logistics', 'I noticed you are launching a podcast on logistics.'],
    // Exclamations and greetings are kept, with a capital.
    ['congrats on the new role', 'Congratulations on the new role.'],
    ['great talk on pricing!!', 'Great talk on pricing!'],
    ['thanks for the book tip', 'Thanks for the book tip.'],
    // Whole sentences are kept; a lone "i" becomes "I".
    ['i loved your talk', 'I loved your talk.'],
    ['I enjoyed your talk on cash flow', 'I enjoyed your talk on cash flow.'],
    ['We met at the Leeds meetup.', 'We met at the Leeds meetup.'],
    ["it's great to see your shop grow", "It's great to see your shop grow."],
    ['Loved it!', 'I loved it!'],
    ['Is the pricing workshop running again?', 'Is the pricing workshop running again?'],
    ['Acme’s new warehouse', 'Acme’s new warehouse.'],
    // Punctuation and spacing are tidied.
    ['  your   talk  ', 'I noticed your talk.'],
    ['your talk on pricing;', 'I noticed your talk on pricing.'],
    ['your talk -', 'I noticed your talk.'],
    ['your talk…', 'I noticed your talk…'],
    ['she said "great work."', 'She said "great work."'],
    ['', ''],
    ['   ', ''],
    ['...', ''],
  ])('%j → %j', (fragment, sentence) => {
    expect(noticedSentence(fragment)).toBe(sentence);
  });

  it('puts the sentence after the thanks in the message', () => {
    expect(composeMessage({ name: 'Ana', noticed: 'your talk on pricing' })).toContain(
      'Thank you for connecting. I noticed your talk on pricing.\n',
    );
    expect(composeMessage({ name: 'Ana', noticed: '' })).toContain('Thank you for connecting.\n');
  });
});
