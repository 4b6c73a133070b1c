export { buildDashboard } from './build';
