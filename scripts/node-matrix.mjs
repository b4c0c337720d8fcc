// The Node majors the suite runs under besides the one running `npm test`, each with the host zone
// its zone-sensitive suites run under (the vitest project of that zone, vitest.config.ts).
export const NODE_MATRIX = [
  { major: "22", zone: "America/New_York", project: "new-york" },
  { major: "24", zone: "Australia/Lord_Howe", project: "lord-howe" },
];
