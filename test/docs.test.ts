import ts from "typescript";
import { describe, expect, it } from "vitest";

const ENTRIES = ["src/index.ts", "src/testing/index.ts", "src/ical/index.ts", "src/fhir/index.ts"];
/** One program over every entry point: each entry's exports are read from the same checker. */
const program = ts.createProgram(ENTRIES, { strict: true, module: ts.ModuleKind.Preserve, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true });
const checker = program.getTypeChecker();

/** Every exported symbol of an entry point, with the JSDoc tags of its declarations. */
function exportedTags(entry: string): Map<string, string[]> {
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const tags = new Map<string, string[]>();
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    tags.set(exported.getName(), (symbol.getJsDocTags(checker) ?? []).map((tag) => tag.name));
  }
  return tags;
}

describe("documentation", () => {
  for (const entry of ENTRIES) {
    it(`every export of ${entry} has TSDoc with an @example and a @category`, () => {
      const missing = [...exportedTags(entry)].filter(([, tags]) => !tags.includes("example") || !tags.includes("category")).map(([name]) => name);
      expect(missing).toEqual([]);
    });
  }

  it("iopkit/ical exports toICalendar, its options and its messages, nothing else", () => {
    expect([...exportedTags("src/ical/index.ts").keys()].sort()).toEqual(["ICALENDAR_OPTION_MESSAGES", "ICalendarMode", "ICalendarOptions", "toICalendar"]);
  });
});
