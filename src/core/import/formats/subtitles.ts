import { type FormatReader, ImportRefusal } from '../importedDocument';
import { decodeText } from './decodeText';
import { parseCues } from './subtitleCues';
import { cuesToTurns } from './subtitleTurns';

/**
 * Reads a subtitle file as speaker turns with their times. WebVTT and SRT
 * share one parser: each tolerates the other's decimal comma or dot, missing
 * hours, and either file's numbering or identifiers.
 */
export const readSubtitles: FormatReader = async (bytes) => {
  const { text } = decodeText(bytes);
  if (text.trim().length === 0) throw new ImportRefusal('is empty');
  const blocks = cuesToTurns(parseCues(text));
  if (blocks.length === 0) throw new ImportRefusal('has no subtitle cues (no lines with times like 00:00:01.000 --> 00:00:04.000)');
  return { blocks };
};

/** Reads a .vtt file (WebVTT captions) as timed speaker turns. */
export const readWebVtt: FormatReader = readSubtitles;

/** Reads a .srt file (SubRip subtitles) as timed speaker turns. */
export const readSrt: FormatReader = readSubtitles;
