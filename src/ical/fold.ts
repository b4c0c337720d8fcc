/** The UTF-8 octets of one UTF-16 code unit on its own (a lone surrogate is written as U+FFFD, 3 octets). */
function unitOctets(unit: number): number {
  return unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
}

/** Whether a UTF-16 code unit is a high (leading) surrogate. */
function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** Whether a UTF-16 code unit is a low (trailing) surrogate. */
function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** One content line folded: a break before the character that would take it past 74 octets. */
function foldLine(line: string): string {
  let folded = "";
  let pieceStart = 0;
  let octets = 0;
  for (let index = 0; index < line.length; index++) {
    const characterStart = index;
    const unit = line.charCodeAt(index);
    let size = unitOctets(unit);
    if (isHighSurrogate(unit) && index + 1 < line.length) {
      const next = line.charCodeAt(++index);
      size = isLowSurrogate(next) ? 4 : size + unitOctets(next);
    }
    octets += size;
    if (octets > 74) {
      folded += `${line.slice(pieceStart, characterStart)}\r\n `;
      pieceStart = characterStart;
      octets = size;
    }
  }
  return pieceStart === 0 ? line : folded + line.slice(pieceStart);
}

/**
 * Folds the CRLF-separated content lines of an iCalendar text as ical-generator's `foldLines`
 * does (RFC 5545 §3.1): each piece of a line holds at most 74 octets, a continuation starts with
 * one space (so no line exceeds 75 octets), and no break splits a UTF-8 character or a surrogate
 * pair. Octets are counted from the UTF-16 code units (a high surrogate is taken with the unit
 * after it, as there), so no text is encoded.
 */
export function foldLines(text: string): string {
  return text.split("\r\n").map(foldLine).join("\r\n");
}
