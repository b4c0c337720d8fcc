/** The example plans of examples/plans, by file name, bundled into the page by scripts/playground.mjs. */
declare module "example-plans" {
  const plans: Readonly<Record<string, unknown>>;
  export default plans;
}
