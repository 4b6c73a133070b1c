export { exportGraph, exportFormats, defaultDepth, defaultMaxNodes, type ExportFormat, type ExportOptions, type ExportResult } from './exportGraph';
export { parseExportArguments, exportUsage, defaultExportDir } from './arguments';
export { csvFiles, adminColumnType, csvField, quoted } from './neo4jAdminCsv';
export { xmlEscape } from './graphml';
export { propertyTypeOf, widen, PropertyColumns, type PropertyType } from './propertyTypes';
export { runExportCommand } from './command';
