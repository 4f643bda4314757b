/** One line of a cue's words, with the voice (`<v Name>`) it was spoken in, if the file says. */
export interface CueLine {
  voice?: string;
  text: string;
}

/** `<v Name>`, `<v.class Name>` or `</v>`. */
const VOICE_TAG = /<v(?:\.[^\s>]*)?(?:[ \t]+([^>]*))?>|<\/v>/g;

/** Other tags: <i>, </b>, <c.yellow>, <ruby>, <font color="…">, and karaoke timestamps <00:00:01.000>. */
const MARKUP_TAG = /<\/?[a-zA-Z][^<>\n]*>|<\d[\d:.]*>/g;

/** SRT files borrowed ASS override codes such as {\an8}. */
const ASS_OVERRIDE = /\{\\[^{}\n]*\}/g;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', lrm: '\u200e', rlm: '\u200f',
};

const MAX_SPEAKER_LENGTH = 200;

/**
 * A cue's raw lines as words: voice spans read as the speaker, every other
 * tag stripped, character references decoded, empty lines gone.
 */
export function readCueLines(rawLines: readonly string[]): CueLine[] {
  const lines: CueLine[] = [];
  let voice: string | undefined;
  const add = (piece: string): void => {
    for (const line of piece.split('\n')) {
      const text = decodeEntities(line.replace(MARKUP_TAG, '').replace(ASS_OVERRIDE, '')).trim();
      if (text.length > 0) lines.push(voice === undefined ? { text } : { voice, text });
    }
  };
  const raw = rawLines.join('\n');
  let last = 0;
  for (const match of raw.matchAll(VOICE_TAG)) {
    add(raw.slice(last, match.index));
    last = match.index + match[0].length;
    voice = match[0] === '</v>' ? undefined : toSpeaker(match[1]);
  }
  add(raw.slice(last));
  return lines;
}

/** Decodes the character references subtitle files use; a reference to a control character is dropped. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]+);/g, (reference: string, name: string) => {
    if (!name.startsWith('#')) return NAMED_ENTITIES[name] ?? reference;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    const isControl = code < 32 || (code >= 0x7f && code <= 0x9f);
    const isCharacter = code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return isCharacter && !isControl ? String.fromCodePoint(code) : '';
  });
}

function toSpeaker(annotation: string | undefined): string | undefined {
  const speaker = decodeEntities(annotation ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_SPEAKER_LENGTH).trim();
  return speaker.length > 0 ? speaker : undefined;
}
