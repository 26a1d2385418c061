// The three kinds of "subject" page that share one shape (name, summary, facts): related series, topics and places.
import type { Place, Series, Topic } from '../../../content/schema';

export type SubjectKind = 'series' | 'topics' | 'places';
export type Subject = Series | Topic | Place;

/** Each list page's title and introduction (a single page is named by content/labels.ts). */
export const subjectListLabels: Record<SubjectKind, { title: string; intro: string }> = {
  series: {
    title: 'Marvel–Netflix series',
    intro:
      'The other Marvel superhero shows on Netflix that Jessica Jones connects to, and what the sources say of them.',
  },
  topics: {
    title: 'Topics',
    intro: 'The themes the sources discuss: how the show treats trauma, consent and friendship, and who makes it.',
  },
  places: {
    title: 'Places',
    intro: 'Where the story is set.',
  },
};
