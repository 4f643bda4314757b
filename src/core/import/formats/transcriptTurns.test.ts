import { describe, expect, it } from 'vitest';
import { expectCleanBlocks } from '../../testing/expectCleanBlocks';
import { testReadContext, utf8 } from '../../testing/readContext';
import { readPlainText } from './plainText';

/** Big inputs on a busy machine: room enough that only a hang fails, never a slow run. */
const LARGE_INPUT_TIMEOUT_MS = 60_000;

const read = (text: string) => readPlainText(utf8(text), testReadContext('transcript.txt'));

describe('plain text transcripts', () => {
  it('reads "Name: words" paragraphs as speaker turns, keeping the label out of the text', async () => {
    const document = await read('INTERVIEWER: Where were you born?\n\nMS. JONES: In Leeds.\nIn 1950.\n\nINTERVIEWER: And then?\n\nMS. JONES: We moved.');
    expect(document.blocks).toEqual([
      { kind: 'turn', speaker: 'INTERVIEWER', text: 'Where were you born?' },
      { kind: 'turn', speaker: 'MS. JONES', text: 'In Leeds.\nIn 1950.' },
      { kind: 'turn', speaker: 'INTERVIEWER', text: 'And then?' },
      { kind: 'turn', speaker: 'MS. JONES', text: 'We moved.' },
    ]);
  });

  it('reads a transcription service\'s layout, each label and time stamp on a line of its own, the stamps out of the text and kept as each turn\'s start', async () => {
    const document = await read('Jen Psaki: (00:22)\nGood afternoon, everyone.\n\nSpeaker 1: (00:26)\nHow soon will the orders take effect?\n\nJen Psaki: (00:31)\nWithin weeks.\n\n[00:35] Not days.\n\nSpeaker 1: (00:40)\nThank you.\n\n10:30 is when we start.');
    expect(document.blocks).toEqual([
      { kind: 'turn', speaker: 'Jen Psaki', text: 'Good afternoon, everyone.', startMs: 22_000 },
      { kind: 'turn', speaker: 'Speaker 1', text: 'How soon will the orders take effect?', startMs: 26_000 },
      { kind: 'turn', speaker: 'Jen Psaki', text: 'Within weeks.', startMs: 31_000 },
      // A later paragraph's own bracketed stamp is its start; a bare time opening a sentence stays words.
      { kind: 'turn', speaker: 'Jen Psaki', text: 'Not days.', startMs: 35_000 },
      { kind: 'turn', speaker: 'Speaker 1', text: 'Thank you.', startMs: 40_000 },
      { kind: 'turn', speaker: 'Speaker 1', text: '10:30 is when we start.' },
    ]);
  });

  it('reads a press briefing’s bare Q marks as the questioner’s turns, not as more of the official’s answer', async () => {
    const document = await read('9:13 A.M. CEST\n\nMR. SULLIVAN:  Good morning.\n\nThe first session is on Africa.\n\nQ    Jake, can you update us?\n\nMR. SULLIVAN:  Not yet.\n\nQ    Thank you.');
    expect(document.blocks).toEqual([
      { kind: 'paragraph', text: '9:13 A.M. CEST' },
      { kind: 'turn', speaker: 'MR. SULLIVAN', text: 'Good morning.' },
      { kind: 'turn', speaker: 'MR. SULLIVAN', text: 'The first session is on Africa.' },
      { kind: 'turn', speaker: 'Q', text: 'Jake, can you update us?' },
      { kind: 'turn', speaker: 'MR. SULLIVAN', text: 'Not yet.' },
      { kind: 'turn', speaker: 'Q', text: 'Thank you.' },
    ]);
  });

  it('reads a press conference copied from the web, its Q marks single-spaced and a page record ("Cite:") on top, as turns', async () => {
    const document = await read('Cite:\nhttp://www.whitehouse.gov/the-press-office/2013/08/09/remarks\n\nTHE PRESIDENT: Good afternoon.\n\nQ Thank you, Mr. President. Will you go?\n\nTHE PRESIDENT: No.\n\nQ (Inaudible.)\n\nTHE PRESIDENT: I said no.\n\nQ Street is closed today.');
    expect(document.blocks.map((block) => (block.kind === 'turn' ? `${block.speaker}: ${block.text}` : block.text))).toEqual([
      'Cite:\nhttp://www.whitehouse.gov/the-press-office/2013/08/09/remarks',
      'THE PRESIDENT: Good afternoon.',
      'Q: Thank you, Mr. President. Will you go?',
      'THE PRESIDENT: No.',
      'Q: (Inaudible.)',
      'THE PRESIDENT: I said no.',
      // Read by the text's own layout: here even this is a question mark, as a reporter's turn.
      'Q: Street is closed today.',
    ]);
  });

  it('leaves single-spaced Q openings as prose when no one else in the text speaks under a label', async () => {
    const document = await read('Q Street runs east.\n\nQ Branch makes gadgets.\n\nQ fever is rare.');
    expect(document.blocks.every((block) => block.kind === 'paragraph')).toBe(true);
  });

  it('reads a briefing whose answers run to several paragraphs each, though fewer than half of its paragraphs open with a label', async () => {
    const answer = 'MR. SULLIVAN:  Yes.\n\nA second paragraph.\n\nA third one.';
    const document = await read([answer, 'Q    One?', answer, 'Q    Two?', answer, 'Q    Three?'].join('\n\n'));
    expect(document.blocks.map((block) => (block.kind === 'turn' ? block.speaker : block.kind))).toEqual(
      ['MR. SULLIVAN', 'MR. SULLIVAN', 'MR. SULLIVAN', 'Q', 'MR. SULLIVAN', 'MR. SULLIVAN', 'MR. SULLIVAN', 'Q', 'MR. SULLIVAN', 'MR. SULLIVAN', 'MR. SULLIVAN', 'Q'],
    );
  });

  it('reads one turn per line when lines carry the labels', async () => {
    const document = await read('Interview, 3 May 1998\n\nQ: Name?\nA: Smith.\nQ: Age?\nA: Forty,\nor so.');
    expect(document.blocks).toEqual([
      { kind: 'paragraph', text: 'Interview, 3 May 1998' },
      { kind: 'turn', speaker: 'Q', text: 'Name?' },
      { kind: 'turn', speaker: 'A', text: 'Smith.' },
      { kind: 'turn', speaker: 'Q', text: 'Age?' },
      { kind: 'turn', speaker: 'A', text: 'Forty,\nor so.' },
    ]);
  });

  it('reads a diarising transcriber\'s bracketed speakers and stamps, a voice\'s next lines in the same turn, and no stage direction as a speaker', async () => {
    const document = await read('[Speaker 1] [00:03] Adam, can you hear me? I can\n[Speaker 2] [00:06] hear you.\n[Speaker 1] [00:06] Good.\n[Speaker 1] [00:13] I see Tom is here.\n[Laughter] [00:20] Anyway.\n[Speaker 2] [00:25] Yeah.');
    expect(document.blocks).toEqual([
      { kind: 'turn', speaker: 'Speaker 1', text: 'Adam, can you hear me? I can', startMs: 3000 },
      { kind: 'turn', speaker: 'Speaker 2', text: 'hear you.', startMs: 6000 },
      { kind: 'turn', speaker: 'Speaker 1', text: 'Good.\nI see Tom is here.\n[Laughter] [00:20] Anyway.', startMs: 6000 },
      { kind: 'turn', speaker: 'Speaker 2', text: 'Yeah.', startMs: 25000 },
    ]);
  });

  it('lets an unlabelled paragraph go on in the last speaker’s voice, and a label alone on its line name the next', async () => {
    const document = await read('HOST:\nWelcome.\n\nGUEST: Thanks.\n\nIt is good to be here.\n\nHOST: Great.\n\nGUEST: Yes.');
    expect(document.blocks.map((block) => [block.speaker, block.text])).toEqual([
      ['HOST', 'Welcome.'],
      ['GUEST', 'Thanks.'],
      ['GUEST', 'It is good to be here.'],
      ['HOST', 'Great.'],
      ['GUEST', 'Yes.'],
    ]);
  });

  it('reads speaker labels with emoji and in other scripts', async () => {
    const document = await read('🎙️ Host: Hi!\n\nДмитрий: Привет.\n\n🎙️ Host: Bye.\n\nДмитрий: Пока.');
    expect(document.blocks.map((block) => block.speaker)).toEqual(['🎙️ Host', 'Дмитрий', '🎙️ Host', 'Дмитрий']);
    expectCleanBlocks(document);
  });

  it('leaves prose with a "Note:" paragraph and times as prose', async () => {
    const document = await read('We met at 10:30 in the morning.\n\nNote: the café was closed.\n\nSo we walked on.\n\nNote: it rained.');
    expect(document.blocks.every((block) => block.kind === 'paragraph')).toBe(true);
    expect(document.blocks[1]?.text).toBe('Note: the café was closed.');
  });

  it('reads a congressional hearing\'s record: indented "Mr. NADLER." turns over hard-wrapped lines', async () => {
    const hearing = [
      'OVERSIGHT OF THE FEDERAL BUREAU OF INVESTIGATION',
      '',
      '    Chairman Jordan. The committee will come to order. Without',
      'objection, the chair is authorized to declare a recess.',
      '    Mr. NADLER. Thank you, Mr. Chairman. Today we welcome the',
      'Director of the FBI.',
      '    Chairman Jordan. Director Wray, you are recognized.',
      '    Mr. Wray. Thank you, Chairman Jordan, and members of the',
      'committee.',
      '    Mr. NADLER. Director, how many agents work on the case?',
      '    Mr. Wray. About 200 agents work on it full time.',
      '    Chairman Jordan. The gentleman\'s time has expired.',
    ].join('\n');
    const document = await read(hearing);
    expect(document.blocks[0]).toEqual({ kind: 'paragraph', text: 'OVERSIGHT OF THE FEDERAL BUREAU OF INVESTIGATION' });
    expect(document.blocks.slice(1).map((block) => (block.kind === 'turn' ? block.speaker : block.kind))).toEqual(['Chairman Jordan', 'Mr. Nadler', 'Chairman Jordan', 'Mr. Wray', 'Mr. Nadler', 'Mr. Wray', 'Chairman Jordan']);
    expect(document.blocks[2]?.text).toBe('Thank you, Mr. Chairman. Today we welcome the\nDirector of the FBI.');
  });

  it('leaves an article whose photo captions open "Left:", "Top:" or "Figure 2:" as prose', async () => {
    const captions = ['Left: an astronaut installs the treadmill.', 'Top: the crew at dinner.', 'Figure 2: the array on its stand.', 'Left: the crew after landing.'];
    const prose = ['In honor of the month, we recognize the astronauts who flew to the station.', 'He had already flown two shuttle missions.'];
    const document = await read([prose[0], captions[0], prose[1], captions[1], captions[2], captions[3], captions[0], captions[1]].join('\n\n'));
    expect(document.blocks.every((block) => block.kind === 'paragraph')).toBe(true);
    expect(document.blocks[1]?.text).toBe('Left: an astronaut installs the treadmill.');
  });

  it('leaves a glossary of distinct "Term: definition" lines as prose', async () => {
    const document = await read('Apple: a fruit.\n\nBrick: a block.\n\nCloud: water in the air.\n\nDune: a hill of sand.');
    expect(document.blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('needs labels on most paragraphs, not a few', async () => {
    const prose = Array.from({ length: 10 }, (_, index) => `Paragraph ${index} of ordinary prose.`).join('\n\n');
    const document = await read(`${prose}\n\nA: one\n\nB: two\n\nA: three\n\nB: four`);
    expect(document.blocks.every((block) => block.kind === 'paragraph')).toBe(true);
  });

  it('reads a long transcript (10,000 turns)', async () => {
    const text = Array.from({ length: 10_000 }, (_, index) => `${index % 2 ? 'Q' : 'A'}: Answer number ${index}.`).join('\r\n');
    const document = await read(text);
    expect(document.blocks).toHaveLength(10_000);
    expect(document.blocks[9_999]).toEqual({ kind: 'turn', speaker: 'Q', text: 'Answer number 9999.' });
  }, LARGE_INPUT_TIMEOUT_MS);
});
