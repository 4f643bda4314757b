import { describe, expect, it } from 'vitest';
import { answers, factsOf } from '../testing/analyse';

const numbers = (text: string): string[][] => factsOf(text).mentions.filter((mention) => mention.type === 'number').map((mention) => [mention.answer, mention.hint]);

describe('numbers', () => {
  it('takes a range of amounts as one answer ("between $500 billion and $600 billion", "$30 billion or $40 billion")', () => {
    expect(numbers('We will save between $500 billion and $600 billion over the decade.')).toContainEqual(['$500 billion and $600 billion', 'amount']);
    expect(numbers('The plan costs $30 billion or $40 billion a year.')).toContainEqual(['$30 billion or $40 billion', 'amount']);
    // Without "between", "and" lists two amounts.
    expect(numbers('It cost $5 million and saved $9 million in all.')).toEqual(expect.arrayContaining([['$5 million', 'amount'], ['$9 million', 'amount']]));
  });

  it('finds numbers with a unit, a percentage or a currency, and ignores bare numbers', () => {
    const text = 'The exercise involved 5,000 troops and cost $3 billion, about 40% more than the 12 before it.';
    expect(factsOf(text).mentions.filter((mention) => mention.type === 'number').map((mention) => [mention.answer, mention.hint])).toEqual([
      ['5,000', 'number'],
      ['$3 billion', 'amount'],
      ['40%', 'percentage'],
    ]);
  });

  it('finds numbers written in words: counts with their unit, durations and ratios with theirs, and number-unit compounds', () => {
    expect(numbers('Each province is represented by fourteen senators, who serve staggered six-year terms.')).toEqual([['fourteen', 'number'], ['six-year', 'duration']]);
    expect(numbers('Elections to the upper house are held every three years, by law.')).toEqual([['three years', 'duration']]);
    expect(numbers('The attackers compromised nine federal agencies in the spring.')).toEqual([['nine', 'number']]);
    expect(numbers('In that region, mothers are three times more likely to die in childbirth.')).toEqual([['three times', 'ratio']]);
    // "not 100% (sure)" stresses, and is no share of anything.
    expect(numbers('I am not 100% if they are using this in production already.')).toEqual([]);
    // Repeats counted are no ratio: "test this page five times".
    expect(numbers('Test this page five times and give me the median of the runs.')).toEqual([['five', 'number']]);
    expect(numbers('His most famous work is a seven-volume treatise on optics.')).toEqual([['seven-volume', 'number']]);
  });

  it('reads a number in several words as one ("one hundred and four"), never its last word alone', () => {
    expect(numbers('There are one hundred and four senatorial seats in the house.')).toEqual([['one hundred and four', 'number']]);
    expect(numbers('A crowd of two thousand people cheered the team at the gates.')).toEqual([['two thousand', 'number']]);
  });

  it('cards a bare number that states a level ("originally 45", "raised to 63", "from 87 to 100"), not a score, a range or any bare number', () => {
    expect(numbers('The membership of the Senate, which was originally 45, was raised to 63 in 1977.')).toEqual([['45', 'number'], ['63', 'number']]);
    expect(numbers('He raised the membership of the Senate from 87 to 100 through the order.')).toEqual([['100', 'number']]);
    expect(numbers('Alhazen wrote as many as 200 books, although only 55 have survived.')).toEqual([['200', 'number'], ['55', 'number']]);
    expect(numbers('The score was 21 to 14 at half time, and the players left the field.')).toEqual([]);
    expect(numbers('The bus stopped at 45 and then drove on to the next stop in town.')).toEqual([]);
  });

  it('keeps a range in digits whole ("8 or 9 feet", "4 by 7 feet", "between 30,000 and 40,000 people") and a measure in two units, but not a change "from 87 to 100"', () => {
    expect(numbers('A ditch some 8 or 9 feet in depth had been dug around the field.')).toEqual([['8 or 9', 'number']]);
    expect(numbers('The graves were frequently 4 by 7 feet in horizontal dimensions.')).toEqual([['4 by 7', 'number']]);
    expect(numbers('In one city alone, between 30,000 and 40,000 people were killed.')).toEqual([['30,000 and 40,000', 'number']]);
    expect(numbers('Prices rose 10 to 15 percent during the war in the capital.')).toEqual([['10 to 15 percent', 'percentage']]);
    expect(numbers('The tallest man in the regiment stood 6 feet and 10 inches in his boots.')).toEqual([['6 feet and 10 inches', 'number']]);
    expect(numbers('The runner finished the mile in 4 minutes and 11 seconds at the meet.')).toEqual([['4 minutes and 11 seconds', 'duration']]);
    expect(numbers('The club grew from 87 to 100 members in a single year.')).toEqual([['100', 'number']]);
    expect(numbers('The flight took an hour and 25 minutes from Denver to Boston.')).toEqual([['an hour and 25 minutes', 'duration']]);
    expect(numbers('The siege lasted a year and a half before the town fell.')).toEqual([['a year and a half', 'duration']]);
  });

  it('counts in words across up to two modifiers before the unit ("nine compromised agencies", "six United States airports")', () => {
    expect(numbers('We met the deputy heads of the nine compromised agencies on Tuesday.')).toEqual([['nine', 'number']]);
    expect(numbers('Operators must funnel passengers to one of six United States airports for screening.')).toEqual([['six', 'number']]);
  });

  it('reads one unit of time sized by a word as a duration ("over a year", "less than a month"), and a bare "a year" as nothing', () => {
    expect(numbers('After spending over a year in space, the three residents will undock from the station.')).toEqual([['over a year', 'duration']]);
    expect(numbers('The review of the agencies took less than a month to finish.')).toEqual([['less than a month', 'duration']]);
    expect(numbers('The board meets once a year, and it met a year ago in the capital.')).toEqual([]);
  });

  it('reads a rough count or a range in words as one fact, never cut at "or" or "to", nor "several hundred" at its scale word', () => {
    const numbers = (text: string) => factsOf(text).mentions.filter((mention) => mention.type === 'number');
    expect(numbers('Some eight or nine young men were crowding round an open window.')).toEqual([{ type: 'number', hint: 'number', answer: 'eight or nine' }]);
    expect(numbers('The vaccine trial will take seven to nine weeks to report its results.')).toEqual([{ type: 'number', hint: 'duration', answer: 'seven to nine weeks' }]);
    // A bare scale word says how many only with the word before it.
    expect(numbers('And it turned out to be several hundred people and a pretty well-organized event.')).toEqual([{ type: 'number', hint: 'number', answer: 'several hundred' }]);
    expect(numbers('Then a few thousand soldiers crossed the river before the bridge fell.')).toEqual([{ type: 'number', hint: 'number', answer: 'a few thousand' }]);
    expect(numbers('Half a dozen specimens are found in the collections of the museum.')).toEqual([{ type: 'number', hint: 'number', answer: 'Half a dozen' }]);
    // "minute" after a count is "tiny".
    expect(numbers('Two minute grotesque figures are perched upon the shoulder of the vase.')).toEqual([]);
    // "thirty-second" is an ordinal, not a count of seconds.
    expect(numbers('The men came from the borders of the Rhine and from the Thirty-second Military Division.')).toEqual([]);
  });

  it('cards no number said for emphasis ("100 percent confident", "one hundred percent agree", "a hundred percent go with"), but a rise of 100 percent', () => {
    const numbers = (text: string) => factsOf(text).mentions.filter((mention) => mention.type === 'number').map((mention) => mention.answer);
    expect(numbers('I am 100 percent confident that the talks will resume in June this year.')).toEqual([]);
    expect(numbers('I will say, I a hundred percent go with Raycast for my searches now.')).toEqual([]);
    expect(numbers('So I one hundred percent agree with you that there is a different feel to it.')).toEqual([]);
    expect(numbers('There is already an issue with the analytics not necessarily being 100% accurate for the sites.')).toEqual([]);
    expect(numbers('Turnout rose by 100 percent in the second round of the vote last year.')).toEqual(['100 percent']);
  });

  it('leaves small counts in words, "one", a one-off and a shape ("three-cornered") alone', () => {
    const numbers = (text: string): string[] => answers(text, 'number');
    expect(numbers('I want to talk with you about two incidents and three parts of the review today.')).toEqual([]);
    expect(numbers('It was one of the members, a one-time grant of the council.')).toEqual([]);
    expect(numbers('I must have repeated it like six time before the talks began.')).toEqual([]);
    // A shape, not a count of anything.
    expect(numbers('He took up the general’s three-cornered hat and held it by the plume.')).toEqual([]);
  });
});

describe('how many', () => {
  it('asks how many of a unit a short subject has or involved', () => {
    expect(factsOf('The annual exercise involved 5,000 troops from six countries.').questions).toContainEqual({ prompt: 'How many troops did the annual exercise involve?', answer: '5,000' });
    expect(factsOf('Last spring, the new alliance will include 12 countries of the region.').questions).toContainEqual({ prompt: 'How many countries will the new alliance include?', answer: '12' });
    expect(factsOf('He said that it has 40 members in all the regions.').questions).toEqual([]);
    // "The fourth" points back to a grave named before: no question stands on it.
    expect(factsOf('The fourth has 12 pillars, placed in the corners of the pit.').questions).toEqual([]);
  });
});
