// The three kinds of "subject" page that share one shape (name, summary, facts): related series, topics and places.
import type { Place, Series, Topic } from '../../../content/schema';

export type SubjectKind = 'series' | 'topics' | 'places';
export type Subject = Series | Topic | Place;

export const subjectLabels: Record<SubjectKind, { singular: string; plural: string; intro: string }> = {
  series: {
    singular: 'Series',
    plural: 'Marvel–Netflix series',
    intro: 'The other Marvel superhero shows on Netflix that Jessica Jones connects to, and what the sources say of them.',
  },
  topics: {
    singular: 'Topic',
    plural: 'Topics',
    intro: 'The themes the sources discuss: how the show treats trauma, consent and friendship, and who makes it.',
  },
  places: {
    singular: 'Place',
    plural: 'Places',
    intro: 'Where the story is set.',
  },
};
