import { describe, expect, it } from 'vitest';
import { parseCues } from './subtitleCues';

describe('parseCues', () => {
  it('reads WebVTT cues, skipping the header, NOTE, STYLE and REGION blocks and identifiers', () => {
    const vtt = 'WEBVTT - Some title\nKind: captions\n\nSTYLE\n::cue { color: red }\n\nREGION\nid:fred\n\nNOTE a comment\nover lines\n\nintro\n00:00:01.000 --> 00:00:04.500 line:0 position:20%\nHello\nthere\n\n00:05.250 --> 00:06.000\nShort';
    expect(parseCues(vtt)).toEqual([
      { startMs: 1000, endMs: 4500, lines: ['Hello', 'there'] },
      { startMs: 5250, endMs: 6000, lines: ['Short'] },
    ]);
  });

  it('reads SRT numbering and comma decimal separators, and hours beyond 99', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,500\nOne\n\n2\n100:00:00,5 --> 100:00:01,25\nTwo';
    expect(parseCues(srt)).toEqual([
      { startMs: 1000, endMs: 2500, lines: ['One'] },
      { startMs: 360_000_500, endMs: 360_001_250, lines: ['Two'] },
    ]);
  });

  it('skips cues with malformed timing lines, not the file', () => {
    const srt = '1\n00:00:01,000 -> 00:00:02,000\nLost\n\n2\n00:00:03,000 --> 00:00:02,000\nBackwards\n\n3\n00:61:00,000 --> 00:62:00,000\nBad minutes\n\n4\nxx --> yy\nJunk\n\n5\n00:00:05,000 --> 00:00:06,000\nKept';
    expect(parseCues(srt)).toEqual([{ startMs: 5000, endMs: 6000, lines: ['Kept'] }]);
  });

  it('keeps a cue whose text starts with a line of spaces (auto-captions do this)', () => {
    expect(parseCues('WEBVTT\n\n00:00.000 --> 00:01.000\n \nhello\n \n\n00:01.000 --> 00:02.000\nworld')).toEqual([
      { startMs: 0, endMs: 1000, lines: ['hello'] },
      { startMs: 1000, endMs: 2000, lines: ['world'] },
    ]);
  });

  it('takes an SRT number for the next cue even when the blank line before it is missing', () => {
    expect(parseCues('1\n00:00:01,000 --> 00:00:02,000\nOne\n2\n00:00:03,000 --> 00:00:04,000\nTwo').map((cue) => cue.lines)).toEqual([['One'], ['Two']]);
  });

  it('drops cues with no text and reads nothing from text without cues', () => {
    expect(parseCues('1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:03,000 --> 00:00:04,000\nTwo')).toEqual([{ startMs: 3000, endMs: 4000, lines: ['Two'] }]);
    expect(parseCues('Just some prose.\n\nNo cues here.')).toEqual([]);
  });
});
