/**
 * Windows-1252's characters for bytes 0x80–0x9F (where it differs from
 * Latin-1); the five bytes it leaves undefined stay C1 controls, as WHATWG says.
 */
const C1_RANGE = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Code units per String.fromCharCode call: well under any engine's argument limit. */
const CHUNK = 8192;

/**
 * Decodes Windows-1252 bytes. Written out because Node's TextDecoder reads
 * the "windows-1252" label as Latin-1 (0x93 becomes a control character,
 * not “), which would turn an old file's quotes and dashes into garbage.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    units[i] = byte >= 0x80 && byte <= 0x9f ? (C1_RANGE[byte - 0x80] ?? byte) : byte;
  }
  const chunks: string[] = [];
  for (let start = 0; start < units.length; start += CHUNK) {
    chunks.push(String.fromCharCode(...units.subarray(start, start + CHUNK)));
  }
  return chunks.join('');
}
