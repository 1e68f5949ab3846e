// Served by stylesheetModulePlugin (src/integration/stylesheet.ts) during builds and in the dev server.
declare module 'virtual:newsgraph/stylesheet' {
  /** A digest of public/styles/site.css, for the `?v=` query on the links to it. */
  export const stylesheetVersion: string;
}
