import { describe, expect, it } from 'vitest';
import { answers, answersWithHints, firstSentence } from '../testing/analyse';

describe('dates', () => {
  it('reads a news-style abbreviated month with its day as a date, not as a name', () => {
    expect(answers('The crew will undock from the station on Wednesday, Sept. 27, after a year in space.', 'date')).toEqual(['Sept. 27']);
    expect(answers('They launched to the station on Sept. 21, 2022, with the rest of the crew.', 'date')).toEqual(['Sept. 21, 2022']);
    expect(answers('They launched to the station on Sept. 21, 2022, with the rest of the crew.', 'name')).toEqual([]);
  });

  it('takes no lower-case month for a date: "Fig. 15 may be taken …" is a verb', () => {
    expect(answers('Fig. 15 may be taken as a type of a large class of finished celts.', 'date')).toEqual([]);
    expect(answers('The crew will undock from the station on 27 May 2023, after a year in space.', 'date')).toEqual(['27 May 2023']);
  });

  it('keeps a range of years before an era whole ("80–51 B.C."), counting down', () => {
    expect(answers('Later we hear that the king of Egypt, Ptolemy Auletes (80–51 B.C.), Cleopatra\'s father, was a flute player.', 'date')).toEqual(['80–51 B.C.']);
    expect(answers('The king of Egypt ruled from 80 - 51 BC and played the flute at his court.', 'date')).toEqual(['80 - 51 BC']);
  });

  it('cards no year of a series ("published 1685, 1690, 1694, and 1700 respectively"), and reads "Op. 1", "Coll. 1781" and "pp. 46" as references, not sentence ends', () => {
    expect(answers('Of the twelve in Op. 1, 2, 3, and 4, published 1685, 1690, 1694, and 1700 respectively, most have four movements.', 'date')).toEqual([]);
    expect(answers('He was born in 1714 and died in 1788, and between 1779 and 1787 he wrote six collections.', 'date')).toEqual(['1714', '1788', '1779 and 1787']);
    expect(firstSentence('Of the twelve in Op. 1, twelve are sonatas for two violins and a bass, printed in 1683.').text).toContain('in 1683');
    expect(firstSentence('It comes at the end (E. Bach, Coll. 1781, No. 3), as on pp. 46-47 of the book.').text).toContain('of the book');
  });

  it('reads a decade as one, its "\'s" inside the blank ("the early 2000\'s", "the 1990s")', () => {
    expect(answersWithHints("He was recruited by IBM Research in the early 2000's to work on the Blue Gene project.")).toContain("2000's (decade)");
    expect(answersWithHints('In the 1990s the company grew quickly in Boston and London.')).toContain('1990s (decade)');
  });

  it('reads a century as one date with its era ("the sixth century B.C."), and a count sized "well over 2000" as no year', () => {
    expect(answers('Buddhism rose in the sixth century B.C., in the north of India.', 'date')).toEqual(['sixth century B.C.']);
    expect(answers('The abbey was built in the 12th century by monks from France.', 'date')).toEqual(['12th century']);
    expect(answers('These hymns date back no farther than the third or fourth century, as scholars agree.', 'date')).toEqual(['third or fourth century']);
    expect(answers('I do not know the numbers, but we are well over 2000, if not more than that.', 'date')).toEqual([]);
  });

  it('keeps specific dates and years and drops relative ones', () => {
    expect(answers('Next week, on November 23, the ministers will meet, as they did in 1962 and since 1945.', 'date')).toEqual(['November 23', '1962', '1945']);
    expect(answers('Today the ministers will meet again, as they did last year and the week before.', 'date')).toEqual([]);
  });

  it('keeps a range of years whole, in every form, and never cards one end of it', () => {
    expect(answersWithHints('His most influential work was written during 1011–1021, in Cairo, and survived in Latin.')).toContain('1011–1021 (years)');
    expect(answers('The second world war in Europe lasted from 1939-1945, and it changed the map.', 'date')).toEqual(['1939-1945']);
    expect(answers('The war in Europe lasted 1939–45, and it changed the map of the continent.', 'date')).toEqual(['1939–45']);
    expect(answers('He lived from 1011 to 1021 in Cairo, where he wrote his books.', 'date')).toEqual(['1011 to 1021']);
    expect(answers('Between 2019 and 2021 the price of the ticket rose sharply.', 'date')).toEqual(['2019 and 2021']);
    // A later number is no end of a range.
    expect(answers('The war in Europe ended in 1945 - 12 nations signed the peace.', 'date')).toEqual(['1945']);
  });

  it('leaves out a year that cites a work by its author ("Toomer 1964 lists", "(Smith, 2003)")', () => {
    expect(answers('Toomer 1964 lists, as a precondition, what is needed for historians to investigate the claim.')).toEqual([]);
    expect(answers('The method was described before (Smith, 2003) in an article on the optics of the eye.')).toEqual([]);
    expect(answers('In 1964 Toomer wrote a review of the book for a journal of history.', 'date')).toEqual(['1964']);
  });

  it('reads three dotted numbers after a name as a version, and after "on" as a date', () => {
    expect(answers('The app runs on electron-vite 6.0.0 and vitest 4.1.12 with no changes to the build.')).toEqual([]);
    expect(answers('The treaty was signed on 4.1.12 in the capital of the republic.')).toEqual(['4.1.12']);
  });

  it('reads a month named alone after "in" or "by" as when, but not the month of a full date', () => {
    expect(answersWithHints('They prepared for a round of U.S. spacewalks in October, on the station.')).toContain('October (month)');
    expect(answers('The assembly was dissolved in October, 1954, before it could finish the task.', 'date')).not.toContain('October');
  });

  it('reads an early year by its marks ("c. 965", "476 AD") and leaves a bare small number alone', () => {
    expect(answers('He was born c. 965 in Basra, a port city of the caliphate.', 'date')).toEqual(['965']);
    expect(answers('The western empire fell in 476 AD after a long decline.', 'date')).toEqual(['476 AD']);
    expect(answers('The school had 965 students in its first year of teaching.', 'date')).toEqual([]);
  });
});
