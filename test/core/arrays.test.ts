import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flatMap } from "../../src/core/arrays";

describe("flatMap", () => {
  it("lists what the callback returns for each item, in order, with the item's index", () => {
    expect(flatMap(["a", "b", "c"], (item, index) => (index === 1 ? [] : [item, index]))).toEqual(["a", 0, "c", 2]);
  });

  it("flattens one level only, as Array.prototype.flatMap does", () => {
    expect(flatMap([1, 2], (item) => [[item], item])).toEqual([[1], 1, [2], 2]);
  });

  it("gives what Array.prototype.flatMap gives", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer())), (lists) => {
        const each = (list: readonly number[], index: number) => list.map((value) => value * index);
        expect(flatMap(lists, each)).toEqual(lists.flatMap(each));
      }),
    );
  });
});
