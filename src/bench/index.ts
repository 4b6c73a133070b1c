export { growSyntheticGraph, type GraphSize } from './syntheticGraph';
export { timeWorkload, workloads, type Timing, type Workload } from './scale';
export { withScratchDatabase } from './scratchDatabase';
export { writeSyntheticArticle } from './syntheticArticle';
export { withSeededApi, post } from './seededApi';
export { apiSchema, requests } from './fuzzOperations';
export { median } from './stats';
