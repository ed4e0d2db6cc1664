/** The design tokens as CSS custom properties, written at build time by the theme-css plugin (src/app/build-plugins.ts). */
declare module 'virtual:theme.css';

/** The sizes and SHA-256 digests of the dataset files the build validated (src/app/build-plugins.ts), or null. */
declare module 'virtual:dataset-digests' {
  const digests: import('./data/load-dataset').DatasetDigests | null;
  export default digests;
}

/** zod's compiled parser for DatasetSchema, written at build time (src/data/compiled-parser.ts); a build that cannot write it fails. */
declare module 'virtual:dataset-parser' {
  export function createDatasetParser(constants: {
    INVALID: symbol;
    codePointLength: (text: string) => number;
    refinements: Record<keyof typeof import('./data/schema').REFINEMENTS, (value: unknown) => unknown>;
  }): (input: unknown) => unknown;
}
