import type { SeverityCounts } from "../core/finding";
import { guardValue, rejectArgument } from "../core/plan-error";
import { checkOwnedPlan, type checkPlan } from "../rules/engine";
import type { ValidateOptions } from "../rules/run-rules";

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

/** The WHATWG decoder of every runtime iopkit supports (browsers, Node 20), declared as the library compiles without DOM or Node types. */
declare const TextDecoder: new (label: string, options?: { ignoreBOM?: boolean }) => { decode(input?: Uint8Array): string };

const LINE_ERROR_COUNTS: SeverityCounts = { error: 1, warning: 0, info: 0 };
/** The byte that ends a line: in UTF-8 it is never part of another character. */
const NEWLINE = 10;
/** The byte order mark a UTF-8 file may open with, as the decoder reads it. */
const BYTE_ORDER_MARK = 0xfeff;

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

/**
 * Splits text or UTF-8 bytes arriving in chunks cut anywhere (inside a character too) into lines,
 * without their `\n` (a `\r` before it stays, and JSON reads it as white space). Bytes are cut on
 * their newline byte and each line is decoded on its own, so a character outside Latin-1 on one
 * line leaves the others one byte per character: text decoded and joined chunk by chunk would
 * carry the wider form from that line to every later one, and splitting a caseload would cost as
 * much as parsing it. A byte order mark is dropped when the source `opensStream` with it, in bytes;
 * anywhere else it is a character of its line.
 */
async function* splitLines(source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>, opensStream: boolean): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  /** The current line's start, as text. */
  let text = "";
  /** The current line's bytes after `text`, not yet decoded. */
  let bytes: Uint8Array[] = [];
  /** Whether nothing of the source has been read yet, so that a byte order mark opens it. */
  let atStart = opensStream;
  const decodeLine = (pieces: readonly Uint8Array[]): string => {
    const decoded = decoder.decode(joined(pieces));
    const opening = atStart;
    atStart = false;
    return opening && decoded.charCodeAt(0) === BYTE_ORDER_MARK ? decoded.slice(1) : decoded;
  };
  for await (const item of source as AsyncIterable<unknown>) {
    const chunk = chunkOf(item);
    // An empty chunk between the bytes of one character must not cut it.
    if (chunk.length === 0) continue;
    let start = 0;
    if (typeof chunk === "string") {
      if (bytes.length > 0) text += decodeLine(bytes);
      bytes = [];
      atStart = false;
      for (let end = chunk.indexOf("\n"); end !== -1; end = chunk.indexOf("\n", start)) {
        yield text + chunk.slice(start, end);
        text = "";
        start = end + 1;
      }
      text += chunk.slice(start);
      continue;
    }
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      if (end > start) bytes.push(chunk.subarray(start, end));
      yield text + decodeLine(bytes);
      text = "";
      bytes = [];
      start = end + 1;
    }
    // A copy: the source may fill the chunk's memory again once it is asked for the next one.
    if (start < chunk.length) bytes.push(chunk.slice(start));
  }
  if (bytes.length > 0) text += decodeLine(bytes);
  if (text !== "") yield text;
}

/** A chunk of the source as text or bytes (bytes from another realm, such as a vm context, too); any other value is a program's mistake. */
function chunkOf(value: unknown): string | Uint8Array {
  if (typeof value === "string" || Object.prototype.toString.call(value) === "[object Uint8Array]") return value as string | Uint8Array;
  return rejectArgument("source (a chunk that is neither text nor bytes)");
}

/** The verdict on one line of text. */
export function checkLine(text: string, line: number, options: ValidateOptions): Verdict {
  if (text.trim() === "") return { line, ok: false, counts: LINE_ERROR_COUNTS, rules: { [EMPTY_LINE]: 1 } };
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return { line, ok: false, counts: LINE_ERROR_COUNTS, rules: { [NOT_JSON]: 1 } };
  }
  // The value JSON.parse returned is this line's alone: the plan is checked without a copy.
  const report = checkOwnedPlan(input, options);
  const rules: Record<string, number> = {};
  for (const finding of report.findings) rules[finding.rule] = (rules[finding.rule] ?? 0) + 1;
  return report.plan ? { line, planId: report.plan.id, ok: report.ok, counts: report.counts, rules } : { line, ok: report.ok, counts: report.counts, rules };
}

/**
 * Checks a caseload written as NDJSON (one plan per line), streaming: lines are read, checked
 * and forgotten one at a time, so memory does not grow with the caseload. The source is text or
 * bytes in chunks cut anywhere, even inside a UTF-8 character (a file stream, a `fetch` body).
 * Every line gets a verdict, in order: an empty line gets `audit/empty-line`, a line that is not
 * JSON `audit/not-json`, a line that is not a plan its `schema/…` codes; the stream goes on.
 *
 * @param source - the NDJSON text or bytes, in chunks
 * @param options - the policy and `asOf`, as for {@link checkPlan}
 * @returns the verdicts, one per line
 * @throws `InputError` when the source is not iterable, and from the iteration when a chunk is
 * neither text nor bytes: a source of another kind is a program's mistake, not a caseload's line
 * @category Audit
 * @example
 * ```ts
 * const verdicts = [];
 * for await (const verdict of checkLines([`${text}\nnot json\n`], { asOf: "2026-03-12" })) verdicts.push(verdict);
 * verdicts.map((verdict) => verdict.ok); //=> [true, false]
 * verdicts[1]?.rules; //=> { "audit/not-json": 1 }
 * ```
 */
export function checkLines(source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>, options: ValidateOptions = {}): AsyncGenerator<Verdict> {
  const iterable = source as unknown as Partial<Record<symbol, unknown>> | null | undefined;
  const readable = guardValue("source", () => typeof iterable?.[Symbol.asyncIterator] === "function" || typeof iterable?.[Symbol.iterator] === "function");
  if (!readable) rejectArgument("source");
  return verdictsOf(splitLines(source, true), options);
}

/**
 * {@link checkLines} of a source that continues a stream, such as a byte range of a file that
 * starts after its first byte: a byte order mark it begins with is a character of its first line,
 * as it would be to a reader of the whole stream.
 */
export function checkLinesWithin(source: AsyncIterable<Uint8Array>, options: ValidateOptions): AsyncGenerator<Verdict> {
  return verdictsOf(splitLines(source, false), options);
}

/** The verdict on each line, numbered from 1. */
async function* verdictsOf(lines: AsyncIterable<string>, options: ValidateOptions): AsyncGenerator<Verdict> {
  let line = 0;
  for await (const text of lines) yield checkLine(text, ++line, options);
}
