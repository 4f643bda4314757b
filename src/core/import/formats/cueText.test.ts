import { describe, expect, it } from 'vitest';
import { splitBySpeaker } from './cueSpeakers';
import { decodeEntities, readCueLines } from './cueText';

describe('readCueLines', () => {
  it('strips styling tags, class spans and karaoke timestamps', () => {
    expect(readCueLines(['<i>Hello</i> <b>there</b>, <c.yellow.bg_blue>friend</c>', 'one<00:00:01.500><c> two</c>', '<font color="#fff">{\\an8}Top</font>'])).toEqual([
      { text: 'Hello there, friend' },
      { text: 'one two' },
      { text: 'Top' },
    ]);
  });

  it('reads voice spans as the speaker, across lines and several per cue', () => {
    expect(readCueLines(['<v Mary Jane>Hi,', 'how are you?</v>', '<v.loud Bob>Fine! <v Ann>Me too'])).toEqual([
      { voice: 'Mary Jane', text: 'Hi,' },
      { voice: 'Mary Jane', text: 'how are you?' },
      { voice: 'Bob', text: 'Fine!' },
      { voice: 'Ann', text: 'Me too' },
    ]);
  });

  it('decodes entities after stripping tags, so an escaped tag stays words', () => {
    expect(readCueLines(['&lt;i&gt; is a tag &amp; x&nbsp;y'])).toEqual([{ text: '<i> is a tag & x y' }]);
  });

  it('keeps a lone less-than sign that opens no tag', () => {
    expect(readCueLines(['3 < 4 and 5 > 2'])).toEqual([{ text: '3 < 4 and 5 > 2' }]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references and drops references to control characters', () => {
    expect(decodeEntities('&lrm;&rlm;&#233;&#x1F600;&#0;&#x7;&#xD800;&bogus;&quot;&apos;')).toBe('\u200e\u200fé😀&bogus;"\'');
  });
});

describe('splitBySpeaker', () => {
  it('reads "Name:" labels and lets unmarked lines go on in the same voice', () => {
    expect(splitBySpeaker([{ text: 'JOHN: Hello there,' }, { text: 'how are you?' }, { text: 'MARY: Fine.' }])).toEqual([
      { speaker: 'JOHN', newTurn: true, text: 'Hello there, how are you?' },
      { speaker: 'MARY', newTurn: true, text: 'Fine.' },
    ]);
  });

  it('reads dialogue dashes and ">>" as changes of an unnamed speaker', () => {
    expect(splitBySpeaker([{ text: '- Who?' }, { text: '-Me.' }, { text: '>> Anchor: Good evening.' }, { text: '>> Thanks.' }])).toEqual([
      { newTurn: true, text: 'Who?' },
      { newTurn: true, text: 'Me.' },
      { speaker: 'Anchor', newTurn: true, text: 'Good evening.' },
      { newTurn: true, text: 'Thanks.' },
    ]);
  });

  it('keeps a label alone on its line so the next words know their speaker', () => {
    expect(splitBySpeaker([{ text: 'NARRATOR:' }, { text: 'Long ago.' }])).toEqual([{ speaker: 'NARRATOR', newTurn: true, text: 'Long ago.' }]);
  });

  it('does not read a label inside a voice span', () => {
    expect(splitBySpeaker([{ voice: 'Bob', text: 'Note: this stays.' }])).toEqual([{ speaker: 'Bob', newTurn: false, text: 'Note: this stays.' }]);
  });
});
