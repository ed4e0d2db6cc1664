/** Bump when the JSON shape changes; the loader names the version it cannot read. */
export const SCHEMA_VERSION = 2;
