/// <reference lib="dom" />
// The page's entry. Its Content-Security-Policy forbids eval: zod must be told not to compile
// schemas (./jitless) before any module that builds one is evaluated. The bundle hoists static
// imports of shared code before this module's own statements, so the page itself (./app) is
// imported only once the setting is made.
import "./jitless";

await import("./app");
