import ts from "typescript";
import { describe, expect, it } from "vitest";

describe("iopkit/ical documentation", () => {
  it("every export of src/ical/index.ts has TSDoc with an @example and a @category", () => {
    const entry = "src/ical/index.ts";
    const program = ts.createProgram([entry], { strict: true, module: ts.ModuleKind.Preserve, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true });
    const checker = program.getTypeChecker();
    const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(entry)!)!);
    expect(exports.map((symbol) => symbol.getName()).sort()).toEqual(["ICALENDAR_OPTION_MESSAGES", "ICalendarMode", "ICalendarOptions", "toICalendar"]);
    const missing = exports.filter((symbol) => {
      const names = symbol.getJsDocTags(checker).map((tag) => tag.name);
      return !names.includes("example") || !names.includes("category");
    });
    expect(missing.map((symbol) => symbol.getName())).toEqual([]);
  });
});
