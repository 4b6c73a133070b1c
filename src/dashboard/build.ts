import { build } from 'esbuild';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';

const sourceDir = path.join(projectRoot, 'src', 'dashboard');

/**
 * Bundles the dashboard and the GraphQL explorer (their libraries included: cytoscape, GraphiQL, React) into
 * `outDir` with the pages and styles beside them, so the server serves everything itself and nothing is loaded
 * from a CDN. Built, not committed: `npm run build` (and so `npm start`) and the browser tests run it.
 */
export async function buildDashboard(outDir: string): Promise<string[]> {
  await fs.mkdir(outDir, { recursive: true });
  const result = await build({
    entryPoints: { dashboard: path.join(sourceDir, 'client', 'main.ts'), explorer: path.join(sourceDir, 'client', 'explorer.ts') },
    outdir: outDir,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    sourcemap: 'linked',
    // React picks its production build from this; the bundle has no process object at run time.
    define: { 'process.env.NODE_ENV': '"production"' },
    // GraphiQL's stylesheet carries its fonts as data: URLs; any other file it names is copied beside the bundle.
    loader: { '.woff2': 'file', '.ttf': 'file', '.svg': 'file' },
    logLevel: 'silent',
    metafile: true,
  });
  const staticDir = path.join(sourceDir, 'static');
  for (const file of await fs.readdir(staticDir)) await fs.copyFile(path.join(staticDir, file), path.join(outDir, file));
  return Object.keys(result.metafile.outputs).map((output) => path.relative(process.cwd(), output));
}
