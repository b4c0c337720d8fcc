import fc from "fast-check";
import { foldLines as icalGeneratorFoldLines } from "ical-generator";
import { describe, expect, it } from "vitest";
import { foldLines } from "../../src/ical/fold";
import { runs } from "../helpers/runs";

/** One UTF-16 code unit, any of them: lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

/** A character of 1, 2, 3 or 4 UTF-8 octets, or a surrogate on its own. */
const character = fc.oneof(
  fc.constantFrom("a", "Z", " ", ";", ":"),
  fc.constantFrom("é", "ß", "Ж", "ő"),
  fc.constantFrom("€", "中", "ｱ", "\ufffd"),
  fc.constantFrom("😀", "𝄞", "👩🏽‍⚕️"),
  fc.constantFrom("\ud83d", "\ude00", "\udbff\ud800"),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  codeUnit,
);

/** Content lines of up to three times the fold width, joined by CRLF (a line may hold a bare CR or LF). */
const text = fc.array(fc.string({ unit: character, maxLength: 240 }), { maxLength: 6 }).map((lines) => lines.join("\r\n"));

/** `count` ASCII characters, then `tail`, so the tail starts at octet `count + 1`. */
function lineAt(count: number, tail: string): string {
  return "x".repeat(count) + tail;
}

describe("foldLines", () => {
  it("folds any text as ical-generator's foldLines does", () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(foldLines(input)).toBe(icalGeneratorFoldLines(input));
      }),
      { ...runs(2000), seed: 5545 },
    );
  });

  it("folds lines whose characters of 1 to 4 octets straddle the 74th and 75th octet as ical-generator does", () => {
    const tails = ["a", "é", "€", "😀", "😀😀", "é€😀a", "\ud83d", "\ud83da", "\ude00"];
    for (let count = 68; count <= 76; count++) {
      for (const tail of tails) {
        const line = lineAt(count, tail);
        expect(foldLines(line), JSON.stringify(line)).toBe(icalGeneratorFoldLines(line));
        expect(foldLines(`${line}\r\n${line}`)).toBe(icalGeneratorFoldLines(`${line}\r\n${line}`));
      }
    }
  });

  it("keeps 74 octets on a line, breaks before the 75th, and never splits a character", () => {
    expect(foldLines(lineAt(74, ""))).toBe(lineAt(74, ""));
    expect(foldLines(lineAt(75, ""))).toBe(`${lineAt(74, "")}\r\n x`);
    expect(foldLines(lineAt(73, "é"))).toBe(`${lineAt(73, "")}\r\n é`);
    expect(foldLines(lineAt(72, "é"))).toBe(lineAt(72, "é"));
    expect(foldLines(lineAt(71, "😀"))).toBe(`${lineAt(71, "")}\r\n 😀`);
    expect(foldLines(lineAt(70, "😀"))).toBe(lineAt(70, "😀"));
    expect(foldLines(`${lineAt(75, "")}\r\nEND`)).toBe(`${lineAt(74, "")}\r\n x\r\nEND`);
    expect(foldLines("")).toBe("");
  });

  it("gives lines of at most 75 octets that unfold to the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (drawn) => {
        const line = drawn.replaceAll("\r", "");
        const folded = foldLines(line);
        expect(folded.split("\r\n").every((piece) => Buffer.byteLength(piece) <= 75)).toBe(true);
        expect(folded.replaceAll("\r\n ", "")).toBe(line);
      }),
      { ...runs(500), seed: 5545 },
    );
  });
});
