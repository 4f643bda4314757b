import { describe, expect, it } from 'vitest';
import { readSpeakerLabel } from './speakerLabel';

describe('readSpeakerLabel', () => {
  it('reads short capitalised labels', () => {
    expect(readSpeakerLabel('Q: What happened?')).toEqual({ speaker: 'Q', rest: 'What happened?' });
    expect(readSpeakerLabel('MR. SMITH: I object.')).toEqual({ speaker: 'MR. SMITH', rest: 'I object.' });
    expect(readSpeakerLabel('Interviewer: Tell me more.')).toEqual({ speaker: 'Interviewer', rest: 'Tell me more.' });
    expect(readSpeakerLabel('Speaker 2: Yes.')).toEqual({ speaker: 'Speaker 2', rest: 'Yes.' });
    expect(readSpeakerLabel('Ludwig van Beethoven: Da-da-da-dum.')?.speaker).toBe('Ludwig van Beethoven');
  });

  it('reads the bare Q and A marks of briefing transcripts, which take no colon', () => {
    expect(readSpeakerLabel('Q    Jake, can you update us?')).toEqual({ speaker: 'Q', rest: 'Jake, can you update us?' });
    expect(readSpeakerLabel('Q\tThank you.')).toEqual({ speaker: 'Q', rest: 'Thank you.' });
    expect(readSpeakerLabel('Q. Where were you?')).toEqual({ speaker: 'Q', rest: 'Where were you?' });
    expect(readSpeakerLabel('A  I was at home.')).toEqual({ speaker: 'A', rest: 'I was at home.' });
    // An initial, and a word that merely starts with Q or A, are not marks.
    expect(readSpeakerLabel('A. Smith said so.')).toBeUndefined();
    expect(readSpeakerLabel('A good question.')).toBeUndefined();
    expect(readSpeakerLabel('Quite so.')).toBeUndefined();
    // One space after the Q is a question mark only where the text says so (see singleSpacedQuestions).
    expect(readSpeakerLabel('Q Thank you.')).toBeUndefined();
    expect(readSpeakerLabel('Q Thank you.', { singleSpacedQ: true })).toEqual({ speaker: 'Q', rest: 'Thank you.' });
    expect(readSpeakerLabel('Q fever is rare.', { singleSpacedQ: true })).toBeUndefined();
    // An indented line keeps its label.
    expect(readSpeakerLabel('\tQ You also spoke in Ghana.', { singleSpacedQ: true })).toEqual({ speaker: 'Q', rest: 'You also spoke in Ghana.' });
    expect(readSpeakerLabel('   MR. SMITH: I object.')).toEqual({ speaker: 'MR. SMITH', rest: 'I object.' });
  });

  it('reads no page record as a speaker: "Cite:", "Posted:", "URL:"', () => {
    for (const line of ['Cite:', 'Posted: May 4, 2013', 'URL: http://example.com', 'Permalink:']) expect(readSpeakerLabel(line), line).toBeUndefined();
  });

  it('leaves a transcription service\'s time stamp out of the words, wherever it stands around the label, and keeps it as the turn\'s start', () => {
    expect(readSpeakerLabel('Jen Psaki: (00:22)')).toEqual({ speaker: 'Jen Psaki', rest: '', startMs: 22_000 });
    expect(readSpeakerLabel('Jen Psaki: (00:22) Good afternoon, everyone.')).toEqual({ speaker: 'Jen Psaki', rest: 'Good afternoon, everyone.', startMs: 22_000 });
    expect(readSpeakerLabel('Jen Psaki (00:22): Good afternoon.')).toEqual({ speaker: 'Jen Psaki', rest: 'Good afternoon.', startMs: 22_000 });
    expect(readSpeakerLabel('Brian Deese [01:04:05]')).toEqual({ speaker: 'Brian Deese', rest: '', startMs: 3_845_000 });
    expect(readSpeakerLabel('[00:01:12.5] Speaker 2: Yes.')).toEqual({ speaker: 'Speaker 2', rest: 'Yes.', startMs: 72_500 });
    expect(readSpeakerLabel('00:22 Q    Thank you.')).toEqual({ speaker: 'Q', rest: 'Thank you.', startMs: 22_000 });
    // A time in a sentence is no stamp: "At 10:30: we met" stays prose.
    expect(readSpeakerLabel('We met at 10:30 in the hall.')).toBeUndefined();
  });

  it('reads a label in Markdown\'s bold, as a transcript copied into plain text keeps it', () => {
    expect(readSpeakerLabel('**Tim Hockin:** Sure. So I should clarify.')).toEqual({ speaker: 'Tim Hockin', rest: 'Sure. So I should clarify.' });
    expect(readSpeakerLabel('__Q__: Where were you?')).toEqual({ speaker: 'Q', rest: 'Where were you?' });
    expect(readSpeakerLabel('**Bold** words: not a label')).toBeUndefined();
  });

  it('reads a speaker in square brackets, with a time stamp inside or after them, but no stage direction or footnote', () => {
    expect(readSpeakerLabel('[Speaker 1] [00:03] Adam, can you hear me?')).toEqual({ speaker: 'Speaker 1', rest: 'Adam, can you hear me?', startMs: 3000 });
    expect(readSpeakerLabel('[SPEAKER_00 00:01:05] Yes, we shipped it.')).toEqual({ speaker: 'SPEAKER_00', rest: 'Yes, we shipped it.', startMs: 65000 });
    expect(readSpeakerLabel('[Jane Doe] Hello there.')).toEqual({ speaker: 'Jane Doe', rest: 'Hello there.' });
    // With its time stamp, the bracket's shape is label enough, however a transcriber spelt the name.
    expect(readSpeakerLabel('[Bryan Can trill] [37:10] So this has been helpful.')).toEqual({ speaker: 'Bryan Can trill', rest: 'So this has been helpful.', startMs: 2_230_000 });
    for (const line of ['[Laughter] And then we left.', '[1] See the appendix.', '[Footnote 3: Smith] text', '[Applause.] Thank you all.', '[Bryan Can trill] So this.']) expect(readSpeakerLabel(line), line).toBeUndefined();
  });

  it('keeps a degree or a suffix after the name and a comma in the label ("Mireille Reece, PsyD:"), but no other comma', () => {
    expect(readSpeakerLabel('**Mireille Reece, PsyD:** There was a researcher.')).toEqual({ speaker: 'Mireille Reece, PsyD', rest: 'There was a researcher.' });
    expect(readSpeakerLabel('John Smith, Jr.: Hello.')).toEqual({ speaker: 'John Smith, Jr.', rest: 'Hello.' });
    for (const line of ['Yes, Sir: I will.', 'However, note this: it rains']) expect(readSpeakerLabel(line), line).toBeUndefined();
  });

  it('reads a label in capitals glued to its words, as a copy that lost its spaces leaves it, but no other colon without a space', () => {
    expect(readSpeakerLabel('PRESIDENT OBAMA:Thank you, everybody.')).toEqual({ speaker: 'PRESIDENT OBAMA', rest: 'Thank you, everybody.' });
    for (const line of ['Note:This is prose.', 'HTTP://EXAMPLE.COM', 'At 10:30 we met.', 'ERROR:Disk full']) expect(readSpeakerLabel(line), line).toBeUndefined();
  });

  it('reads a label alone on its line, with nothing after it', () => {
    expect(readSpeakerLabel('INTERVIEWER:')).toEqual({ speaker: 'INTERVIEWER', rest: '' });
  });

  it('reads labels with emoji, in scripts without capitals, and with a full-width colon', () => {
    expect(readSpeakerLabel('🎙️ Host: Welcome back.')).toEqual({ speaker: '🎙️ Host', rest: 'Welcome back.' });
    expect(readSpeakerLabel('Anna 👩‍🔬: Results!')?.speaker).toBe('Anna 👩‍🔬');
    expect(readSpeakerLabel('张三：你好')).toEqual({ speaker: '张三', rest: '你好' });
    expect(readSpeakerLabel('مريم: مرحبا')).toEqual({ speaker: 'مريم', rest: 'مرحبا' });
    expect(readSpeakerLabel('Marie : Bonjour.')).toEqual({ speaker: 'Marie', rest: 'Bonjour.' });
  });

  it('reads a hearing\'s labels, which end in a full stop, the shouted surname in ordinary case', () => {
    expect(readSpeakerLabel('    Mr. NADLER. Thank you, Mr. Chairman.')).toEqual({ speaker: 'Mr. Nadler', rest: 'Thank you, Mr. Chairman.' });
    expect(readSpeakerLabel('Chairman Jordan. The committee will come to order.')).toEqual({ speaker: 'Chairman Jordan', rest: 'The committee will come to order.' });
    expect(readSpeakerLabel('The CHAIRMAN. Without objection, so ordered.')).toEqual({ speaker: 'The Chairman', rest: 'Without objection, so ordered.' });
    expect(readSpeakerLabel('Ms. LOFGREN of California. I thank the chair.')).toEqual({ speaker: 'Ms. Lofgren of California', rest: 'I thank the chair.' });
    for (const prose of ['Mr. Smith went home early that day.', 'Dr. Watson and I left. We took a cab.', 'General Motors makes cars.']) expect(readSpeakerLabel(prose), prose).toBeUndefined();
    expect(readSpeakerLabel(`Mr. ${'Abcdefghij'.repeat(30)}. Hello there.`)).toBeUndefined();
  });

  it('does not read times, addresses or lower-case openings as labels', () => {
    for (const line of ['10:30 we met', 'At 10:30: we met', 'In January: Big AI investments are big.', 'On Monday: the vote', 'After The Break: more news', 'Next Up: February', 'https://example.org', 'note: lower case', 'However, note this: it rains', 'the reason: simple', '2024: a year']) {
      expect(readSpeakerLabel(line), line).toBeUndefined();
    }
    // A lead-in opens with a preposition; a name or a title does not.
    expect(readSpeakerLabel('First Lady Jill Biden: Thank you all.')).toEqual({ speaker: 'First Lady Jill Biden', rest: 'Thank you all.' });
  });

  it('does not read a log’s levels or an email’s headers as speakers', () => {
    for (const line of ['ERROR: disk full on /dev/sda1', 'INFO: worker 3 started', 'WARN: retrying', 'From: Ann Smith <ann@example.org>', 'Subject: The summit', 'Re: minutes']) {
      expect(readSpeakerLabel(line), line).toBeUndefined();
    }
    expect(readSpeakerLabel('Errol: I was there.')).toEqual({ speaker: 'Errol', rest: 'I was there.' });
  });

  it('does not read long openings as labels', () => {
    expect(readSpeakerLabel('The Very Long Name Of Someone Important: hi')).toBeUndefined();
    expect(readSpeakerLabel(`${'A'.repeat(45)}: hi`)).toBeUndefined();
  });

  it('needs a space after the colon', () => {
    expect(readSpeakerLabel('Ratio:3')).toBeUndefined();
  });
});
