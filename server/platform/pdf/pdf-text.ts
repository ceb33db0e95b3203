/**
 * Text for the non-embedded STSong-Light font under UniGB-UCS2-H: the CMap takes UCS-2 code units,
 * so a string is written as UTF-16BE hex, and a character outside the BMP (which UCS-2 cannot
 * carry) is replaced by a white square rather than split into surrogates the CMap does not know.
 */
const REPLACEMENT = 0x25a1;

/** The characters a line may hold, one code point each, outside-BMP and control characters replaced or dropped. */
export function printable(text: string): string[] {
  const out: string[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code > 0xffff) out.push(String.fromCharCode(REPLACEMENT));
    else if (code === 0x09) out.push(' ');
    else if (code >= 0x20 && code !== 0x7f) out.push(char);
  }
  return out;
}

/** `<4E2D6587>`: a PDF hex string of the text's UCS-2 code units. */
export function hexString(text: string): string {
  let hex = '';
  for (const char of printable(text)) hex += char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

/** A PDF text string (metadata): UTF-16BE with its byte-order mark, as hex. */
export function metadataString(text: string): string {
  return `<FEFF${hexString(text).slice(1, -1)}>`;
}

/**
 * Advance width in em: the font's half-width forms for ASCII, full width for everything else
 * (CJK, full-width punctuation), which is what the font's W array declares.
 */
export function charWidth(char: string): number {
  const code = char.charCodeAt(0);
  return code >= 0x20 && code <= 0x7e ? 0.5 : 1;
}

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of printable(text)) em += charWidth(char);
  return em * fontSize;
}

// Chinese typesetting keeps closing punctuation off the start of a line (避头点) and opening
// brackets off its end (避尾点).
const NO_LINE_START = new Set([...'，。、；：？！）》」』”’】〕…,.;:?!)]%']);
const NO_LINE_END = new Set([...'（《「『“‘【〔([']);

function isWordChar(char: string): boolean {
  return /[A-Za-z0-9.\-_%/@]/.test(char);
}

/** A run that must not be split across lines unless it alone is wider than the line: an ASCII word or number, or one other character. */
function tokens(chars: string[]): string[][] {
  const out: string[][] = [];
  let word: string[] = [];
  for (const char of chars) {
    if (isWordChar(char)) {
      word.push(char);
      continue;
    }
    if (word.length) out.push(word);
    word = [];
    out.push([char]);
  }
  if (word.length) out.push(word);
  return out;
}

const measure = (text: string, fontSize: number) => [...text].reduce((sum, char) => sum + charWidth(char) * fontSize, 0);

/**
 * Greedy line breaking by width: explicit newlines start a line, words stay whole where they fit.
 * Closing punctuation that would open a line takes the character before it along (so a cell's
 * "（名）" stays inside its border); it hangs only where that would empty the line or split a word.
 * An opening bracket that would end a line moves down to the text it opens.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, firstLineIndent = 0): string[] {
  const lines: string[] = [];
  const limit = Math.max(maxWidth, fontSize);
  text.split('\n').forEach((paragraph, index) => {
    let line = '';
    let width = index === 0 ? firstLineIndent : 0;
    const start = (text: string) => {
      line = text;
      width = measure(text, fontSize);
    };
    /** Ends the line; what must not end it comes back to open the next one. */
    const push = (): string => {
      let cut = line.length;
      while (cut > 1 && NO_LINE_END.has(line[cut - 1]!)) cut -= 1;
      lines.push(line.slice(0, cut));
      return line.slice(cut);
    };
    for (const token of tokens(printable(paragraph))) {
      const piece = token.join('');
      const tokenWidth = measure(piece, fontSize);
      if (width + tokenWidth <= limit + 0.01) {
        line += piece;
        width += tokenWidth;
        continue;
      }
      if (token.length === 1 && NO_LINE_START.has(piece) && line !== '') {
        const last = line.slice(-1);
        if (line.length > 1 && !isWordChar(last)) {
          line = line.slice(0, -1);
          start(push() + last + piece);
        } else {
          line += piece;
          width += tokenWidth;
        }
        continue;
      }
      if (tokenWidth <= limit) {
        start(line === '' ? piece : push() + piece);
        continue;
      }
      for (const char of token) {
        const w = charWidth(char) * fontSize;
        if (width + w > limit + 0.01 && line !== '') start(push());
        line += char;
        width += w;
      }
    }
    lines.push(line);
  });
  return lines;
}
