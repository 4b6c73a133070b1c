import { buildDashboard } from '../dashboard';
import { defaultDashboardDir } from '../server';
import { log } from './log';

/** `npm run build` (after tsc): bundles the dashboard and the explorer into dist/dashboard for the server. */
buildDashboard(defaultDashboardDir)
  .then((files) => log(`dashboard built: ${files.filter((file) => !file.endsWith('.map')).join(', ')}`))
  .catch((error: unknown) => {
    log(`dashboard build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
