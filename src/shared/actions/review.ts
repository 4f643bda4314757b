import type { Action } from './types';

const RATINGS = [
  [1, 'Again'],
  [2, 'Hard'],
  [3, 'Good'],
  [4, 'Easy'],
] as const;

/** Review: the answer, the four grades, taking a grade back, leaving. */
export const reviewActions: Action[] = [
  {
    id: 'review.showAnswer',
    title: 'Show the answer',
    group: 'review',
    keys: ['Space', 'Enter'],
    contexts: ['review'],
    when: ({ review }) => review?.phase === 'prompt',
    run: ({ review }) => review?.reveal(),
  },
  ...RATINGS.map(([rating, name]): Action => ({
    id: `review.grade${name}`,
    title: `Grade: ${name}`,
    group: 'review',
    keys: [String(rating)],
    contexts: ['review'],
    keywords: 'rate',
    when: ({ review }) => review?.phase === 'answer',
    run: ({ review }) => review?.grade(rating),
  })),
  {
    id: 'review.undoGrade',
    title: 'Take back the last grade',
    group: 'review',
    keys: ['Mod+z'],
    contexts: ['review'],
    keywords: 'undo',
    when: ({ review }) => review !== null,
    run: ({ review }) => review?.undoGrade(),
  },
  {
    id: 'review.close',
    title: 'Back to reading',
    short: 'Stop reviewing',
    group: 'review',
    keys: ['Escape'],
    contexts: ['review'],
    when: ({ review }) => review !== null,
    run: ({ review }) => review?.close(),
  },
];
