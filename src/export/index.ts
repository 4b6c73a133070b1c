export { exportGraph, type ExportResult } from './exportGraph';
export { parseExportArguments, exportCommand, defaultExportDir } from './arguments';
export { csvFiles, adminColumnType, adminPoint, csvField, quoted } from './neo4jAdminCsv';
export { xmlEscape, graphmlPointText, graphmlPointDescription } from './graphml';
export { propertyTypeOf, widen, PropertyColumns, type PlainPoint } from './propertyTypes';
export { runExportCommand } from './command';
