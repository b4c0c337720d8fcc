import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkLines, checkPlan, InputError, type Report, type Verdict } from "../../src/index";
import { arbPlan } from "../../src/testing";
import { cleanPlan } from "../helpers/plans";
import { runs } from "../helpers/runs";

async function collect(source: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>, maxLineBytes?: number): Promise<Verdict[]> {
  const verdicts: Verdict[] = [];
  for await (const verdict of checkLines(source, { asOf: "2026-03-12", ...(maxLineBytes === undefined ? {} : { maxLineBytes }) })) verdicts.push(verdict);
  return verdicts;
}

/** Bytes cut into pieces of `size`, wherever that falls (inside a character too). */
async function* bytesIn(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

/** Text cut into pieces of `size` UTF-16 units, wherever that falls (between the halves of an emoji too). */
function* textIn(text: string, size: number): Generator<string> {
  for (let start = 0; start < text.length; start += size) yield text.slice(start, start + size);
}

/** A report's findings counted by rule code, in report order. */
function rulesOf(report: Report): Record<string, number> {
  const rules: Record<string, number> = {};
  for (const finding of report.findings) rules[finding.rule] = (rules[finding.rule] ?? 0) + 1;
  return rules;
}

/** The pieces of text, bytes or a list cut at `cuts`, positions taken modulo its length plus one: empty pieces too. */
function cutAt<T extends { readonly length: number; slice(start: number, end: number): T }>(whole: T, cuts: readonly number[]): T[] {
  const ends = [...cuts.map((cut) => cut % (whole.length + 1)), whole.length].sort((a, b) => a - b);
  return ends.map((end, index) => whole.slice(index === 0 ? 0 : ends[index - 1]!, end));
}

/** Text cut between characters at `cuts`, each piece as text or as bytes, by turns. */
function mixedAt(text: string, cuts: readonly number[]): Array<string | Uint8Array> {
  return cutAt(Array.from(text), cuts).map((characters, index) => (index % 2 === 0 ? characters.join("") : new TextEncoder().encode(characters.join(""))));
}

/** The verdict on a line of more than the limit. */
const tooLong = (line: number): Verdict => ({ line, ok: false, counts: { error: 1, warning: 0, info: 0 }, rules: { "audit/line-too-long": 1 } });

const plan = cleanPlan();
const planLine = JSON.stringify(plan);

describe("checkLines", () => {
  it("gives every line a verdict in order, numbered from 1, the bad ones with their code, and goes on", async () => {
    const text = [planLine, "", "{not json", '{"schemaVersion":1}', planLine].join("\n");
    const verdicts = await collect([text]);
    expect(verdicts.map((verdict) => [verdict.line, verdict.ok])).toEqual([[1, true], [2, false], [3, false], [4, false], [5, true]]);
    expect(verdicts[0]).toEqual({ line: 1, planId: plan.id, ok: true, counts: { error: 0, warning: 0, info: 0 }, rules: {} });
    expect(verdicts[1]).toEqual({ line: 2, ok: false, counts: { error: 1, warning: 0, info: 0 }, rules: { "audit/empty-line": 1 } });
    expect(verdicts[2]!.rules).toEqual({ "audit/not-json": 1 });
    expect(Object.keys(verdicts[3]!.rules).every((code) => code.startsWith("schema/"))).toBe(true);
    expect(verdicts[3]!.planId).toBeUndefined();
  });

  it("counts findings by rule code as checkPlan reports them, and carries no message text", async () => {
    const broken = { ...plan, problems: [] };
    const [verdict] = await collect([`${JSON.stringify(broken)}\n`]);
    expect(verdict!.ok).toBe(false);
    expect(Object.values(verdict!.rules).reduce((sum, count) => sum + count, 0)).toBe(verdict!.counts.error + verdict!.counts.warning + verdict!.counts.info);
    expect(JSON.stringify(verdict)).not.toMatch(/message|[A-Z][a-z]+ [a-z]+ /);
  });

  it("gives each line the verdict checkPlan's report gives: keys in any order, an unknown key, a late review", async () => {
    const reordered = Object.fromEntries(Object.entries(plan).reverse());
    const variants = [plan, reordered, { ...plan, participant: { ...plan.participant, extra: 1 } }, { ...plan, reviews: [] }];
    const verdicts = await collect([variants.map((each) => JSON.stringify(each)).join("\n")]);
    verdicts.forEach((verdict, index) => {
      const report = checkPlan(JSON.parse(JSON.stringify(variants[index])), { asOf: "2026-03-12" });
      expect(verdict).toEqual({ line: index + 1, ...(report.plan ? { planId: report.plan.id } : {}), ok: report.ok, counts: report.counts, rules: rulesOf(report) });
    });
    expect(verdicts[2]!.rules).toHaveProperty("schema/unrecognized_keys");
  });

  it("judges a plan whose keys come in any order as checkPlan judges it", async () => {
    /** A JSON value with the keys of every object in reverse order. */
    const reversed = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(reversed) : typeof value === "object" && value !== null ? Object.fromEntries(Object.entries(value).reverse().map(([key, child]) => [key, reversed(child)])) : value;
    await fc.assert(
      fc.asyncProperty(arbPlan(), async (generated) => {
        const [verdict] = await collect([JSON.stringify(reversed(generated))]);
        const report = checkPlan(JSON.parse(JSON.stringify(generated)), { asOf: "2026-03-12" });
        expect(verdict!.ok).toBe(report.ok);
        expect(verdict!.counts).toEqual(report.counts);
        expect(Object.entries(verdict!.rules)).toEqual(Object.entries(rulesOf(report)));
      }),
      runs(50),
    );
  });

  /** A plan whose id, which its verdict carries, holds characters of two, three and four bytes. */
  const wideLine = JSON.stringify({ ...plan, id: "plan-Zoë-€-😀" });

  it("reads text and bytes cut anywhere, inside a UTF-8 character too, and CRLF line ends, with the same verdicts", async () => {
    const text = `${wideLine}\r\n"été 😀"\r\n${planLine}`;
    const whole = await collect([text]);
    expect(whole.map((verdict) => [verdict.planId, verdict.ok])).toEqual([["plan-Zoë-€-😀", true], [undefined, false], [plan.id, true]]);
    for (const size of [1, 2, 3, 5, 7, 64]) {
      expect(await collect(bytesIn(text, size))).toEqual(whole);
      expect(await collect(textIn(text, size))).toEqual(whole);
    }
  });

  it("reads a source that fills the same memory for every chunk, one that mixes text and bytes, and empty chunks", async () => {
    const text = `${wideLine}\n"été 😀"\n${planLine}\n`;
    const whole = await collect([text]);
    async function* reused(size: number): AsyncGenerator<Uint8Array> {
      const memory = new Uint8Array(size);
      for await (const piece of bytesIn(text, size)) {
        memory.set(piece);
        yield memory.subarray(0, piece.length);
      }
    }
    for (const size of [3, 1000]) expect(await collect(reused(size))).toEqual(whole);
    const bytes = new TextEncoder().encode(text);
    const cut = wideLine.length + 4;
    const bytesBefore = (index: number) => new TextEncoder().encode(text.slice(0, index)).length;
    expect(await collect([bytes.subarray(0, bytesBefore(100)), text.slice(100, cut), bytes.subarray(bytesBefore(cut))])).toEqual(whole);
    // "€" is three bytes: empty chunks of either kind between them do not cut it.
    const euro = bytesBefore(text.indexOf("€"));
    expect(await collect([bytes.subarray(0, euro + 1), "", new Uint8Array(0), bytes.subarray(euro + 1)])).toEqual(whole);
  });

  it("drops a byte order mark when the bytes or the text open the stream with it, and nowhere else", async () => {
    for (const size of [1, 2, 64]) {
      const verdicts = await collect(bytesIn(`\uFEFF${planLine}\n\uFEFF${planLine}\n`, size));
      expect(verdicts.map((verdict) => verdict.ok)).toEqual([true, false]);
      expect(verdicts[1]!.rules).toEqual({ "audit/not-json": 1 });
    }
    // Text decoded by a stream (a file read as utf8) keeps the mark: it is dropped there too, and only there.
    for (const chunks of [[`\uFEFF${planLine}\n\uFEFF${planLine}\n`], ["\uFEFF", `${planLine}\n\uFEFF`, `${planLine}\n`]]) {
      expect((await collect(chunks)).map((verdict) => verdict.ok)).toEqual([true, false]);
    }
    const afterText = await collect([`${planLine}\n`, new TextEncoder().encode(`\uFEFF${planLine}\n`)]);
    expect(afterText.map((verdict) => verdict.ok)).toEqual([true, false]);
    // After an empty first line, or one too long to be read, the stream has begun.
    const limit = new TextEncoder().encode(`\uFEFF${planLine}`).length;
    for (const first of ["", "x".repeat(limit + 1)]) {
      const verdicts = await collect(bytesIn(`${first}\n\uFEFF${planLine}\n`, 64), limit);
      expect(verdicts[1]!.rules).toEqual({ "audit/not-json": 1 });
    }
  });

  it("gives a line of more than maxLineBytes bytes of UTF-8 audit/line-too-long, and the lines after it their verdicts and numbers", async () => {
    // "€" is three bytes and "😀" four: with a limit of 4, "€a" fits and "😀a" does not.
    const text = ["€a", "😀a", planLine, "", "aaaaa", "[1]", "aaaaa"].join("\n");
    const verdicts = await collect([text], 4);
    expect(verdicts.map((verdict) => [verdict.line, Object.keys(verdict.rules)[0]])).toEqual([
      [1, "audit/not-json"],
      [2, "audit/line-too-long"],
      [3, "audit/line-too-long"],
      [4, "audit/empty-line"],
      [5, "audit/line-too-long"],
      [6, "schema/invalid_type"],
      [7, "audit/line-too-long"],
    ]);
    expect(verdicts[1]).toEqual(tooLong(2));
    expect(await collect(bytesIn(text, 3), 4)).toEqual(verdicts);
    expect((await collect([text], planLine.length)).map((verdict) => verdict.ok)).toEqual([false, false, true, false, false, false, false]);
    // One line as text, bytes, then text again: 4 + 2 + 6 bytes, more than 10, and 10 exactly without its last "€".
    expect(await collect(["aaaa", new TextEncoder().encode("bb"), "€€\n"], 10)).toEqual([tooLong(1)]);
    expect((await collect(["aaaa", new TextEncoder().encode("bb"), "€\n"], 10))[0]!.rules).toEqual({ "audit/not-json": 1 });
  });

  it("judges each line as it would alone, or as too long when its UTF-8 passes the limit, however text, bytes or both are cut", async () => {
    /** Characters of one, two, three and four bytes in UTF-8, and JSON's own. */
    const character = fc.constantFrom("a", "1", "{", "}", "[", "]", '"', " ", "\r", "é", "€", "😀");
    const line = fc.oneof(fc.string({ unit: character, maxLength: 16 }), fc.constantFrom("", '"été 😀"', "[1,2,3]", "{not json"));
    const kind = fc.constantFrom("text", "bytes", "mixed");
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 40 }), fc.array(fc.nat(), { maxLength: 40 }), kind, fc.boolean(), async (lines, limit, cuts, cutAs, endsInNewline) => {
        const text = lines.join("\n") + (endsInNewline ? "\n" : "");
        const source = cutAs === "text" ? cutAt(text, cuts) : cutAs === "bytes" ? cutAt(new TextEncoder().encode(text), cuts) : mixedAt(text, cuts);
        const judged = endsInNewline || lines.at(-1) !== "" ? lines : lines.slice(0, -1);
        const expected = await Promise.all(
          judged.map(async (each, index) => (new TextEncoder().encode(each).length > limit ? tooLong(index + 1) : { ...(await collect([`${each}\n`]))[0]!, line: index + 1 })),
        );
        expect(await collect(source, limit)).toEqual(expected);
      }),
      runs(500),
    );
  });

  it("drops a line's bytes as they arrive: 600 MiB on one line, in chunks of 1 MiB, holds no more than the limit", async () => {
    const mebibyte = 1024 * 1024;
    for (const chunk of [new Uint8Array(mebibyte).fill(0x61), "a".repeat(mebibyte)]) {
      const held = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
      const before = held();
      let peak = 0;
      async function* longLine(): AsyncGenerator<string | Uint8Array> {
        for (let count = 0; count < 600; count += 1) {
          yield chunk;
          peak = Math.max(peak, held() - before);
        }
        yield `\n${planLine}\n`;
      }
      expect(await collect(longLine())).toEqual([tooLong(1), { line: 2, planId: plan.id, ok: true, counts: { error: 0, warning: 0, info: 0 }, rules: {} }]);
      expect(peak).toBeLessThan(64 * mebibyte);
    }
  });

  it("refuses a maxLineBytes that is no whole number from 1 to 256 MiB with an InputError naming the option and its bounds", () => {
    for (const maxLineBytes of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 256 * 1024 * 1024 + 1, "10", null]) {
      const refusal = (() => {
        try {
          checkLines([], { maxLineBytes: maxLineBytes as number });
        } catch (error) {
          return error;
        }
      })();
      expect(refusal).toBeInstanceOf(InputError);
      expect((refusal as InputError).findings.map((finding) => [finding.rule, finding.path, finding.variant, finding.params])).toEqual([
        ["engine/invalid-option", ["maxLineBytes"], "notWholeNumberUpTo", { option: "maxLineBytes", min: 1, max: 268435456 }],
      ]);
    }
    expect(() => checkLines([], { maxLineBytes: 256 * 1024 * 1024 })).not.toThrow();
  });

  it("gives no verdict after a final newline, and one to a last line without it", async () => {
    expect(await collect([`${planLine}\n`])).toHaveLength(1);
    expect(await collect([`${planLine}\n{`])).toHaveLength(2);
    expect(await collect([])).toEqual([]);
  });
});
