import type { SeverityCounts } from "../core/finding";
import { optionFindingFrom } from "../core/options";
import { describeFindings, guardValue, InputError, rejectArgument } from "../core/plan-error";
import { checkOwnedPlan, type checkPlan } from "../rules/engine";
import type { ValidateOptions } from "../rules/run-rules";
import { SCHEDULE_MESSAGES } from "../schedule/messages";

/**
 * The verdict on one line of an NDJSON caseload: whether the plan on it passed, its counts by
 * severity (as in {@link checkPlan}) and how many findings each rule code gave. Rule codes and
 * numbers only, never a finding's message, so verdicts can leave the clinic's network.
 *
 * @category Audit
 * @example
 * ```ts
 * const verdict: Verdict = { line: 1, planId: "plan-1", ok: true, counts: { error: 0, warning: 0, info: 0 }, rules: {} };
 * ```
 */
export interface Verdict {
  /** The line's number, counting from 1. */
  readonly line: number;
  /** The plan's id, when the line held a valid plan. */
  readonly planId?: string;
  readonly ok: boolean;
  readonly counts: SeverityCounts;
  /** Rule code → number of findings, in report order. */
  readonly rules: Readonly<Record<string, number>>;
}

/** The code of a verdict on an empty line. */
const EMPTY_LINE = "audit/empty-line";
/** The code of a verdict on a line that is not JSON. */
const NOT_JSON = "audit/not-json";
/** The code of a verdict on a line longer than the limit, whose bytes were dropped as they came. */
const LINE_TOO_LONG = "audit/line-too-long";

/**
 * The most bytes of UTF-8 a line of a caseload holds unless `maxLineBytes` says otherwise: 10 MiB,
 * the largest plan file the command line reads, so any plan it accepts fits on a line. A line of
 * this many bytes is at most this many UTF-16 units of text, far below the longest string of any
 * JavaScript engine (V8's is about 512 Mi units).
 *
 * @category Audit
 * @example
 * ```ts
 * MAX_LINE_BYTES; //=> 10485760
 * ```
 */
export const MAX_LINE_BYTES = 10 * 1024 * 1024;

/**
 * The largest `maxLineBytes` taken: 256 MiB. A line of this many bytes decodes to at most as many
 * UTF-16 units, half the longest string V8 makes (about 512 Mi units), so decoding a line never fails.
 */
const LARGEST_LINE_LIMIT = 256 * 1024 * 1024;

/** The WHATWG decoder of every runtime iopkit supports (browsers, Node 20), declared as the library compiles without DOM or Node types. */
declare const TextDecoder: new (label: string, options?: { ignoreBOM?: boolean }) => { decode(input?: Uint8Array): string };

const LINE_ERROR_COUNTS: SeverityCounts = { error: 1, warning: 0, info: 0 };
/** The byte that ends a line: in UTF-8 it is never part of another character. */
const NEWLINE = 10;
/** The byte order mark a UTF-8 file may open with, as the decoder reads it. */
const BYTE_ORDER_MARK = 0xfeff;
/** The most bytes of UTF-8 one UTF-16 unit of text takes (a character of 4 bytes is 2 units). */
const MAX_BYTES_PER_UNIT = 3;
/** What {@link splitLines} gives for a line longer than the limit, in place of text it never held. */
const TOO_LONG: unique symbol = Symbol("line too long");

/** The bytes of some pieces, one after the other: the piece itself when there is one. */
function joined(pieces: readonly Uint8Array[]): Uint8Array {
  if (pieces.length === 1) return pieces[0]!;
  const whole = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    whole.set(piece, at);
    at += piece.length;
  }
  return whole;
}

/** The number of bytes text takes in UTF-8 (a lone half of a surrogate pair counted as half of its character). */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit >= 0x80) bytes += unit < 0x800 || (unit >= 0xd800 && unit < 0xe000) ? 1 : 2;
  }
  return bytes;
}

/**
 * The line being read: its start as text, then its bytes not yet decoded, measured in bytes of
 * UTF-8 against the limit as it grows. Once it outgrows the limit, what it held is let go and what
 * comes until its end is dropped as it arrives. Text is counted byte by byte only when its length
 * times {@link MAX_BYTES_PER_UNIT} could pass the limit, so a line of ordinary length costs no count.
 */
class PendingLine {
  private text = "";
  /** The bytes of `text` in UTF-8, once counted. */
  private textBytes: number | undefined;
  private bytes: Uint8Array[] = [];
  private byteCount = 0;
  private tooLong = false;
  private readonly decoder = new TextDecoder("utf-8", { ignoreBOM: true });

  /**
   * @param maxBytes - the most bytes the line may hold, without its `\n`
   * @param atStart - whether nothing of the source has been read yet, so that a byte order mark opens it
   */
  constructor(
    private readonly maxBytes: number,
    private atStart: boolean,
  ) {}

  /** Adds text to the line; a byte order mark is dropped where the text opens the source. */
  addText(text: string): void {
    this.decodeBytes();
    const piece = this.atStart && text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
    this.atStart = false;
    if (this.tooLong) return;
    // A UTF-16 unit is at least one byte: a line of more units is too long before it is joined.
    if (this.text.length + piece.length > this.maxBytes) return this.drop();
    this.text += piece;
    if (this.textBytes !== undefined) this.textBytes += utf8Length(piece);
    if (!this.fitsLimit()) this.drop();
  }

  /** Adds bytes to the line, copied when they must outlive the chunk they are part of. */
  addBytes(piece: Uint8Array, outlivesChunk: boolean): void {
    if (this.tooLong || piece.length === 0) return;
    this.byteCount += piece.length;
    if (!this.fitsLimit()) return this.drop();
    // A copy: the source may fill the chunk's memory again once it is asked for the next one.
    this.bytes.push(outlivesChunk ? piece.slice() : piece);
  }

  /** The line, ended: its text, or {@link TOO_LONG}; the next line starts empty. */
  take(): string | typeof TOO_LONG {
    this.decodeBytes();
    const line = this.tooLong ? TOO_LONG : this.text;
    this.text = "";
    this.textBytes = undefined;
    this.tooLong = false;
    this.atStart = false;
    return line;
  }

  /** Whether the line holds no more than the limit, counting its text's bytes only when they could pass it. */
  private fitsLimit(): boolean {
    if (this.textBytes === undefined && this.text.length * MAX_BYTES_PER_UNIT + this.byteCount <= this.maxBytes) return true;
    this.textBytes ??= utf8Length(this.text);
    return this.textBytes + this.byteCount <= this.maxBytes;
  }

  /** Lets go of what the line holds: it is too long, and the rest of it will be dropped as it comes. */
  private drop(): void {
    this.text = "";
    this.textBytes = undefined;
    this.bytes = [];
    this.byteCount = 0;
    this.tooLong = true;
  }

  /** Decodes the bytes held onto the end of the text; a byte order mark is dropped where they open the source. */
  private decodeBytes(): void {
    if (this.bytes.length === 0) return;
    const decoded = this.decoder.decode(joined(this.bytes));
    this.text += this.atStart && decoded.charCodeAt(0) === BYTE_ORDER_MARK ? decoded.slice(1) : decoded;
    if (this.textBytes !== undefined) this.textBytes += this.byteCount;
    this.bytes = [];
    this.byteCount = 0;
    this.atStart = false;
  }
}

/**
 * Splits text or UTF-8 bytes arriving in chunks cut anywhere (inside a character too) into lines,
 * without their `\n` (a `\r` before it stays, and JSON reads it as white space); a line of more
 * than `maxBytes` bytes of UTF-8 is {@link TOO_LONG}. Bytes are cut on their newline byte and each
 * line is decoded on its own, so a character outside Latin-1 on one line leaves the others one byte
 * per character: text decoded and joined chunk by chunk would carry the wider form from that line
 * to every later one, and splitting a caseload would cost as much as parsing it. A byte order mark
 * is dropped when the source `opensStream` with it, in bytes or text (a stream decoded as UTF-8
 * keeps it); anywhere else it is a character of its line.
 */
async function* splitLines(source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>, opensStream: boolean, maxBytes: number): AsyncGenerator<string | typeof TOO_LONG> {
  const line = new PendingLine(maxBytes, opensStream);
  for await (const item of source as AsyncIterable<unknown>) {
    const chunk = chunkOf(item);
    // An empty chunk between the bytes of one character must not cut it.
    if (chunk.length === 0) continue;
    let start = 0;
    if (typeof chunk === "string") {
      for (let end = chunk.indexOf("\n"); end !== -1; end = chunk.indexOf("\n", start)) {
        line.addText(chunk.slice(start, end));
        yield line.take();
        start = end + 1;
      }
      line.addText(chunk.slice(start));
      continue;
    }
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      line.addBytes(chunk.subarray(start, end), false);
      yield line.take();
      start = end + 1;
    }
    line.addBytes(chunk.subarray(start), true);
  }
  const last = line.take();
  if (last !== "") yield last;
}

/** A chunk of the source as text or bytes (bytes from another realm, such as a vm context, too); any other value is a program's mistake. */
function chunkOf(value: unknown): string | Uint8Array {
  if (typeof value === "string" || Object.prototype.toString.call(value) === "[object Uint8Array]") return value as string | Uint8Array;
  return rejectArgument("source (a chunk that is neither text nor bytes)");
}

/** The verdict on a line that holds no plan for a reason of its own, named by `code`. */
function lineError(line: number, code: string): Verdict {
  return { line, ok: false, counts: LINE_ERROR_COUNTS, rules: { [code]: 1 } };
}

/** The verdict on one line of text. */
export function checkLine(text: string, line: number, options: ValidateOptions): Verdict {
  if (text.trim() === "") return lineError(line, EMPTY_LINE);
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return lineError(line, NOT_JSON);
  }
  // The value JSON.parse returned is this line's alone: the plan is checked without a copy.
  const report = checkOwnedPlan(input, options);
  const rules: Record<string, number> = {};
  for (const finding of report.findings) rules[finding.rule] = (rules[finding.rule] ?? 0) + 1;
  return report.plan ? { line, planId: report.plan.id, ok: report.ok, counts: report.counts, rules } : { line, ok: report.ok, counts: report.counts, rules };
}

/**
 * The options of {@link checkLines}: those of {@link checkPlan}, and the longest line it reads.
 *
 * @inline
 */
type CheckLinesOptions = ValidateOptions & {
  /**
   * The most bytes of UTF-8 a line may hold, without its `\n`: a whole number from 1 to 256 MiB
   * (268435456, a line the engine can always decode into a string). Default: 10 MiB, the largest
   * plan file the command line reads.
   */
  readonly maxLineBytes?: number;
};

/**
 * The `maxLineBytes` of the options, or the default. Options that are no object (`null`) are left
 * to the check of each line, which reports them in its verdict; a limit that is no whole number from
 * 1 to `LARGEST_LINE_LIMIT`, or options whose reading throws, are refused at once, since no line
 * is read without a limit.
 */
function lineLimitOf(options: unknown): number {
  const limit = guardValue("options", () => (options as { readonly maxLineBytes?: unknown } | null | undefined)?.maxLineBytes);
  if (limit === undefined) return MAX_LINE_BYTES;
  if (Number.isSafeInteger(limit) && (limit as number) >= 1 && (limit as number) <= LARGEST_LINE_LIMIT) return limit as number;
  // The message is the schedule's options', written in every language iopkit has.
  const findings = [
    optionFindingFrom(SCHEDULE_MESSAGES["engine/invalid-option"], ["maxLineBytes"], { variant: "notWholeNumberUpTo", params: { option: "maxLineBytes", min: 1, max: LARGEST_LINE_LIMIT } }),
  ];
  throw new InputError(describeFindings("The options", findings), findings);
}

/**
 * Checks a caseload written as NDJSON (one plan per line), streaming: lines are read, checked
 * and forgotten one at a time, so memory does not grow with the caseload. The source is text or
 * bytes in chunks cut anywhere, even inside a UTF-8 character (a file stream, a `fetch` body).
 * Every line gets a verdict, in order: an empty line gets `audit/empty-line`, a line that is not
 * JSON `audit/not-json`, a line of more than `maxLineBytes` bytes `audit/line-too-long` (its bytes
 * are dropped as they arrive, so memory does not grow with the line either), a line that is not a
 * plan its `schema/…` codes; the stream goes on.
 *
 * @param source - the NDJSON text or bytes, in chunks
 * @param options - the policy and `asOf`, as for {@link checkPlan}, and `maxLineBytes`
 * @returns the verdicts, one per line
 * @throws `InputError` when the source is not iterable or `maxLineBytes` is no whole number from 1
 * to 256 MiB, and from the iteration when a chunk is neither text nor bytes: a source of another kind is
 * a program's mistake, not a caseload's line
 * @category Audit
 * @example
 * ```ts
 * const verdicts = [];
 * for await (const verdict of checkLines([`${text}\nnot json\n`], { asOf: "2026-03-12" })) verdicts.push(verdict);
 * verdicts.map((verdict) => verdict.ok); //=> [true, false]
 * verdicts[1]?.rules; //=> { "audit/not-json": 1 }
 * const limited = [];
 * for await (const verdict of checkLines(["x".repeat(20), "\n{}\n"], { maxLineBytes: 16 })) limited.push(verdict);
 * limited[0]; //=> { line: 1, ok: false, counts: { error: 1, warning: 0, info: 0 }, rules: { "audit/line-too-long": 1 } }
 * ```
 */
export function checkLines(source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>, options: CheckLinesOptions = {}): AsyncGenerator<Verdict> {
  const iterable = source as unknown as Partial<Record<symbol, unknown>> | null | undefined;
  const readable = guardValue("source", () => typeof iterable?.[Symbol.asyncIterator] === "function" || typeof iterable?.[Symbol.iterator] === "function");
  if (!readable) rejectArgument("source");
  return verdictsOf(splitLines(source, true, lineLimitOf(options)), options);
}

/**
 * {@link checkLines} of a source that continues a stream, such as a byte range of a file that
 * starts after its first byte: a byte order mark it begins with is a character of its first line,
 * as it would be to a reader of the whole stream.
 */
export function checkLinesWithin(source: AsyncIterable<Uint8Array>, options: CheckLinesOptions): AsyncGenerator<Verdict> {
  return verdictsOf(splitLines(source, false, lineLimitOf(options)), options);
}

/** The verdict on each line, numbered from 1. */
async function* verdictsOf(lines: AsyncIterable<string | typeof TOO_LONG>, options: ValidateOptions): AsyncGenerator<Verdict> {
  let line = 0;
  for await (const text of lines) yield text === TOO_LONG ? lineError(++line, LINE_TOO_LONG) : checkLine(text, ++line, options);
}
