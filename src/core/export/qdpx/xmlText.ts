/**
 * XML 1.0 text and attribute values, escaped so that any note, title or
 * code name stays the words it was: markup characters become references,
 * as do line breaks and tabs in attributes (which a parser would otherwise
 * turn into spaces) and carriage returns anywhere (which it would drop).
 */

/**
 * Characters XML 1.0 cannot carry at all, not even as references: C0 controls
 * other than tab, line feed and carriage return, lone surrogates, U+FFFE and
 * U+FFFF. They become U+FFFD, the replacement character, so the file parses.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const TEXT_REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_REFERENCES: Record<string, string> = { ...TEXT_REFERENCES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' };

/** Element content: `&`, `<` and `>` escaped (so `]]>` cannot appear), carriage returns kept as `&#13;`. */
export function escapeXmlText(value: string): string {
  return value.replace(NOT_IN_XML, '\ufffd').replace(/[&<>\r]/g, (character) => TEXT_REFERENCES[character]!);
}

/** A double-quoted attribute value: as text, plus `"`, tabs and line feeds as references. */
export function escapeXmlAttribute(value: string): string {
  return value.replace(NOT_IN_XML, '\ufffd').replace(/[&<>"\r\t\n]/g, (character) => ATTRIBUTE_REFERENCES[character]!);
}
