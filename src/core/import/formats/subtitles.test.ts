import { describe, expect, it } from 'vitest';
import { expectCleanBlocks } from '../../testing/expectCleanBlocks';
import { testReadContext, utf8 } from '../../testing/readContext';
import { ImportRefusal } from '../importedDocument';
import { readSrt, readWebVtt } from './subtitles';

/** Big inputs on a busy machine: room enough that only a hang fails, never a slow run. */
const LARGE_INPUT_TIMEOUT_MS = 60_000;

const vtt = (text: string) => readWebVtt(utf8(text), testReadContext('talk.vtt'));
const srt = (text: string) => readSrt(utf8(text), testReadContext('film.srt'));
const time = (ms: number) => new Date(ms).toISOString().slice(11, 23);
const cue = (startMs: number, endMs: number, text: string) => `${time(startMs)} --> ${time(endMs)}\n${text}\n\n`;

describe('subtitle readers', () => {
  it('merges consecutive cues of one voice into a timed turn', async () => {
    const document = await vtt(`WEBVTT\n\n${cue(1000, 2000, '<v Ada>Hello,')}${cue(2000, 3500, '<v Ada>everyone.')}${cue(4000, 5000, '<v Bo>Hi Ada.')}`);
    expect(document).toEqual({
      blocks: [
        { kind: 'turn', speaker: 'Ada', text: 'Hello, everyone.', startMs: 1000, endMs: 3500 },
        { kind: 'turn', speaker: 'Bo', text: 'Hi Ada.', startMs: 4000, endMs: 5000 },
      ],
    });
  });

  it('reads "Name:" labels in SRT text, never keeping them in the words', async () => {
    const document = await srt('1\r\n00:00:01,000 --> 00:00:02,000\r\nJOHN: Where is it?\r\n\r\n2\r\n00:00:02,000 --> 00:00:03,000\r\nIn the car.\r\n\r\n3\r\n00:00:03,000 --> 00:00:04,000\r\nMARY: No.\r\n');
    expect(document.blocks.map((block) => [block.speaker, block.text])).toEqual([
      ['JOHN', 'Where is it? In the car.'],
      ['MARY', 'No.'],
    ]);
  });

  it('breaks unnamed speech into turns at pauses and at dialogue dashes', async () => {
    const document = await srt(`1\n${cue(0, 1000, 'We walked')}2\n${cue(1200, 2000, 'home.')}3\n${cue(6000, 7000, 'Later, rain.')}4\n${cue(7000, 8000, '- Who?\n- Me.')}`);
    expect(document.blocks).toEqual([
      { kind: 'turn', text: 'We walked home.', startMs: 0, endMs: 2000 },
      { kind: 'turn', text: 'Later, rain.', startMs: 6000, endMs: 7000 },
      { kind: 'turn', text: 'Who?', startMs: 7000, endMs: 8000 },
      { kind: 'turn', text: 'Me.', startMs: 7000, endMs: 8000 },
    ]);
  });

  it('drops the lines rolling auto-captions repeat from the cue before', async () => {
    const rolling = 'WEBVTT\nKind: captions\nLanguage: en\n\n'
      + '00:00:00.000 --> 00:00:02.000 align:start position:0%\n \nhello<00:00:00.500><c> everyone</c>\n\n'
      + '00:00:02.000 --> 00:00:02.010 align:start position:0%\nhello everyone\n \n\n'
      + '00:00:02.010 --> 00:00:04.000 align:start position:0%\nhello everyone\nwelcome<00:00:02.500><c> to</c><00:00:03.000><c> the</c>\n\n'
      + '00:00:04.000 --> 00:00:04.010 align:start position:0%\nwelcome to the\n \n\n'
      + '00:00:04.010 --> 00:00:06.000 align:start position:0%\nwelcome to the\nshow\n';
    expect((await vtt(rolling)).blocks).toEqual([{ kind: 'turn', text: 'hello everyone welcome to the show', startMs: 0, endMs: 6000 }]);
  });

  it('keeps a line said twice when the cues are apart', async () => {
    expect((await vtt(`WEBVTT\n\n${cue(0, 1000, 'No.')}${cue(1500, 2000, 'No.')}`)).blocks[0]?.text).toBe('No.');
    expect((await vtt(`WEBVTT\n\n${cue(0, 1000, 'No.')}${cue(5000, 6000, 'No.')}`)).blocks.map((block) => block.text)).toEqual(['No.', 'No.']);
  });

  it('ends a long unnamed turn at a sentence end, and a very long one at a cue', async () => {
    const sentences = Array.from({ length: 100 }, (_, index) => cue(index * 1000, index * 1000 + 1000, `Sentence number ${index} is here.`)).join('');
    const turns = (await vtt(`WEBVTT\n\n${sentences}`)).blocks;
    expect(turns.length).toBeGreaterThan(1);
    expect(turns.every((turn) => turn.text.endsWith('.') && turn.text.length < 1100)).toBe(true);
    const unpunctuated = Array.from({ length: 200 }, (_, index) => cue(index * 1000, index * 1000 + 1000, 'words without any full stop')).join('');
    expect((await vtt(`WEBVTT\n\n${unpunctuated}`)).blocks.every((turn) => turn.text.length <= 2600)).toBe(true);
  });

  it('reads speakers with emoji and text in other scripts, keeping blocks clean', async () => {
    const document = await vtt(`\uFEFFWEBVTT\r\n\r\n${cue(0, 1000, '<v 🤖 Robot>Beep &amp; boop')}${cue(1000, 2000, '<v 李雷>你好，世界')}${cue(2000, 3000, '<v دانا>&rlm;مرحبا')}`.replace(/\n/g, '\r\n'));
    expect(document.blocks.map((block) => [block.speaker, block.text])).toEqual([
      ['🤖 Robot', 'Beep & boop'],
      ['李雷', '你好，世界'],
      ['دانا', '\u200fمرحبا'],
    ]);
    expectCleanBlocks(document);
  });

  it('refuses an empty file, a file with no valid cues, and a binary file', async () => {
    await expect(vtt('')).rejects.toThrow(new ImportRefusal('is empty'));
    await expect(vtt('WEBVTT\n\nNOTE nothing else')).rejects.toThrow('has no subtitle cues');
    await expect(srt('1\n00:00:01,000 --> 00:00:02,000\n\n2\nbroken --> timing\nText')).rejects.toThrow('has no subtitle cues');
    await expect(readSrt(new Uint8Array([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3]), testReadContext())).rejects.toThrow('looks like a binary file');
  });

  it('reads an SRT file in Windows-1252', async () => {
    const bytes = new Uint8Array([...utf8('1\n00:00:01,000 --> 00:00:02,000\nCaf'), 0xe9, 0x20, 0x96, 0x20, 0x93, 0x6f, 0x6b, 0x94]);
    expect((await readSrt(bytes, testReadContext())).blocks[0]?.text).toBe('Café – “ok”');
  });

  it('reads 10,000 cues', async () => {
    const cues = Array.from({ length: 10_000 }, (_, index) => `${index + 1}\n${cue(index * 3000, index * 3000 + 1000, `<v Speaker ${index % 2}>Line ${index}.`)}`).join('');
    const document = await srt(cues);
    expect(document.blocks).toHaveLength(10_000);
    expect(document.blocks[9_999]).toEqual({ kind: 'turn', speaker: 'Speaker 1', text: 'Line 9999.', startMs: 29_997_000, endMs: 29_998_000 });
    expectCleanBlocks(document);
  }, LARGE_INPUT_TIMEOUT_MS);
});
