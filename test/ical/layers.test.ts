import { describe, expect, it } from "vitest";
import { folderEdges, readSources } from "../helpers/import-graph";

describe("iopkit/ical sits on top", () => {
  it("is imported at run time by the command line only, and imports neither the engine nor an entry point", () => {
    const edges = folderEdges(readSources("src"));
    expect(edges.some((edge) => edge.from === "ical" && edge.to === "schedule")).toBe(true);
    expect(edges.filter((edge) => edge.to === "ical" && edge.from !== "cli").map((edge) => edge.file)).toEqual([]);
    expect(edges.filter((edge) => edge.from === "ical" && ["rules", "cli", "testing", "(entry)"].includes(edge.to)).map((edge) => edge.specifier)).toEqual([]);
  });
});
