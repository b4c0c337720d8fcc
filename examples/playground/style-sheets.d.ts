/** The style sheets the page imports for their effect: esbuild bundles them into the page's CSS. */
declare module "*.css";
