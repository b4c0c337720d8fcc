/**
 * The messages of the coverage functions outside the rules, in English, by finding code and
 * variant: `authorizationStatus` without an authorization, `estimateCost` without cost-sharing
 * terms, and an authorization that ends before it starts.
 */
export const COVERAGE_MESSAGES = {
  "coverage/authorization-required": {
    noAuthorization: () => "The plan records no authorization.",
  },
  "engine/invalid-option": {
    noCostSharing: () => "The plan records no cost-sharing terms to estimate from.",
  },
  "schema/period-order": {
    authorization: () => "An authorization must end on or after its start.",
  },
} as const;
