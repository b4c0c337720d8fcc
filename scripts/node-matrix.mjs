// The Node majors the unit suite runs under (scripts/node-versions.mjs), each with the vitest
// projects it runs (vitest.config.ts): every suite in full, in UTC, on the newest major, the one
// that runs it fastest; on each other supported major, the zone-sensitive suites under one more
// host zone and the runtime-sensitive suites under UTC, each property drawing a tenth of its cases.
export const NODE_MATRIX = [
  { major: "24", projects: ["utc"], runs: "every suite, in UTC" },
  { major: "20", projects: ["new-york", "runtime"], runs: "the zone-sensitive suites under America/New_York, the runtime-sensitive under UTC" },
  { major: "22", projects: ["lord-howe", "runtime"], runs: "the zone-sensitive suites under Australia/Lord_Howe, the runtime-sensitive under UTC" },
];
