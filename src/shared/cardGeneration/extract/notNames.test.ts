import { describe, expect, it } from 'vitest';
import { answers } from '../testing/analyse';

describe('capitalised words that are no names', () => {
  it('takes no movement or tempo of a piece for a name ("the Rondo", "The lively Scherzo, with its quiet Trio")', () => {
    expect(answers('The slow movement is full of charm, and the Rondo, with its elaborate middle section, is of interest.')).toEqual([]);
    expect(answers('The lively Scherzo, with its quiet Trio, was first played in Vienna.')).toEqual(['Vienna']);
    expect(answers('I send you the Symphony and the Quartet today by the post from Vienna.')).toEqual(['Vienna']);
    expect(answers('The Ninth Symphony was first played in Vienna.')).toContain('Ninth Symphony');
  });

  it('takes no name of the person spoken to, of an abbreviation in the plural, or of a title\'s abbreviation', () => {
    expect(answers('But maybe, Cole, I thought you could explain the design to us in Boston.')).toEqual(['Boston']);
    // An answer's own lead-in after the name: "it's important to say, Carol, first of all, …".
    expect(answers("Well, I think it's important to say, Carol, first of all, I met them in Boston.")).toEqual(['Boston']);
    expect(answers("So I'll take one last stab at this in Boston, Chuck.")).toEqual(['Boston']);
    expect(answers('And, Colin, go ahead and ask about Boston.')).toEqual(['Boston']);
    expect(answers('Well, look, I think this is a great question, Ollie, and so let me talk about Boston.')).toEqual(['Boston']);
    expect(answers('Take him out, Kristen, so that he can run in Boston.')).toEqual(['Boston']);
    expect(answers('My friend, Carol, who lives in Boston, called.')).toContain('Carol');
    expect(answers('Malia was born on the Fourth of July in Boston.')).toEqual(['Boston']);
    // A reporter given the floor asks next: no fact of the talk.
    expect(answers("I'll start with Ben Feller of AP on the Boston case.")).not.toContain('Ben Feller');
    expect(answers("Then we'll go to Jordan and to Boston.")).toContain('Jordan');
    // In a list, the same name is one of those named.
    expect(answers('I met Alice, Carol, and Dave in Boston.')).toContain('Alice, Carol, and Dave');
    expect(answers("'You know us in London, don't you, Pip?' said the old man.")).toEqual(['London']);
    expect(answers('Printed in the year MDCCCCX by the press of the society in London.')).toEqual(['London']);
    expect(answers('It is called Nova Ukraine, n like Nancy, o, v as in Victor, a charity in Kyiv.')).not.toEqual(expect.arrayContaining(['Nancy']));
    expect(answers('It is called Nova Ukraine, n like Nancy, o, v as in Victor, a charity in Kyiv.')).not.toContain('Victor');
    expect(answers('We hired three CTOs and bought many PCs for the office in Boston.')).toEqual(['Boston']);
    expect(answers('He was greeted at the door by the Rev. Mr. Crisparkle in Cloisterham.')).not.toContain('Rev');
    // A place that is a given name too, with a comma after it, is still a place.
    expect(answers('Paris, I think, is lovely in the spring.')).toEqual(['Paris']);
  });
});
