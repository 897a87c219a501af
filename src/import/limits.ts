/** The importer's limits are configuration (src/config.ts reads IMPORT_*): re-exported for the import's modules. */
export { defaultImportLimits, type ImportLimits } from "../config.js";
