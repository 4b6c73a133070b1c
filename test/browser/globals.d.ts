import type cytoscape from 'cytoscape';

// What the dashboard leaves on the page for the tests: the drawn network (see src/dashboard/client/network.ts).
declare global {
  interface Window {
    dashboardNetwork?: cytoscape.Core;
  }
}
