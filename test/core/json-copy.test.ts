import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { copyJson } from "../../src/core/json-copy";
import { arbPlan } from "../../src/testing";
import { runs } from "../helpers/runs";

const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

/** Values JSON writes in its own ways: holes, undefined, functions, symbols, non-finite numbers, boxed primitives, dates, toJSON. */
const awkward = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.jsonValue(),
    fc.constantFrom(undefined, Number.NaN, Infinity, -Infinity, -0, () => 1, Symbol("s"), new Date(0), new Number(2), new String("s"), new Boolean(false), { toJSON: (key: string) => `key ${key}` }),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "0", "1")), tie("value"), { maxKeys: 4 }),
  ),
})).value;

describe("copyJson", () => {
  it("gives what the round trip through JSON text gives, for any value it can write", () => {
    fc.assert(
      fc.property(awkward, (value) => {
        if (JSON.stringify(value) === undefined) expect(() => copyJson(value)).toThrow(TypeError);
        // node's comparison, which reads a key named __proto__ as the own key it is
        else expect(isDeepStrictEqual(copyJson(value), roundTrip(value))).toBe(true);
      }),
      runs(2000),
    );
  });

  it("copies a generated plan deeply: equal, sharing no object with it", () => {
    fc.assert(
      fc.property(arbPlan(), (plan) => {
        const copy = copyJson(plan);
        expect(copy).toStrictEqual(roundTrip(plan));
        const originals = new Set<unknown>();
        const collect = (value: unknown, into: Set<unknown>): void => {
          if (typeof value !== "object" || value === null) return;
          into.add(value);
          for (const child of Object.values(value)) collect(child, into);
        };
        collect(plan, originals);
        const copies = new Set<unknown>();
        collect(copy, copies);
        for (const object of copies) expect(originals.has(object)).toBe(false);
      }),
      runs(100),
    );
  });

  it("keeps a key named __proto__ as an own key, not as the prototype", () => {
    const value = JSON.parse('{"__proto__":{"polluted":true},"a":1}') as object;
    const copy = copyJson(value) as Record<string, unknown>;
    expect(Object.keys(copy)).toEqual(["__proto__", "a"]);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("throws where JSON.stringify throws: a cycle and a BigInt", () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => copyJson(cycle)).toThrow();
    expect(() => copyJson({ n: 1n })).toThrow(TypeError);
  });
});
