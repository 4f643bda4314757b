/**
 * Windows-1252's characters for bytes 0x80–0x9F (the rest is Latin-1).
 * Node 20's TextDecoder('windows-1252') decodes those bytes as C1 control
 * characters instead, which would lose every curly quote and dash.
 * 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned and stay as they are.
 */
const HIGH_CONTROLS = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];
const CHUNK = 8192;

/** Decodes windows-1252 bytes (what "iso-8859-1" and "latin1" pages are read as, as browsers do). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Uint16Array(Math.min(bytes.length, CHUNK));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    for (let index = start; index < end; index++) {
      const byte = bytes[index]!;
      codes[index - start] = byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROLS[byte - 0x80]! : byte;
    }
    parts.push(String.fromCharCode(...codes.subarray(0, end - start)));
  }
  return parts.join('');
}
