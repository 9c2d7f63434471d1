/**
 * User-supplied text (booking notes, names) on its way into calendars and e-mails, where a stray line
 * break starts a new property or header line (injection) and control characters have no business.
 */

/** Every way text breaks a line: CRLF, a lone CR, LF, U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;
/** C0 controls but HTAB and LF, DEL, and the C1 controls (U+0080–U+009F, NEL among them). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Multi-line text: every line break becomes LF; other control characters (but tab) are removed. */
export const plainText = (text: string): string => text.replace(LINE_BREAK, '\n').replace(CONTROL, '');

/** One line (a header, a name in a sentence): a line break or tab, with the spaces around it, becomes one space. */
export const singleLine = (text: string): string =>
  plainText(text)
    .split(/[\n\t]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
