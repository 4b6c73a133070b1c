/**
 * The build every `npm run <command>` runs first. It skips tsc when dist/ was built after the last change to any
 * input, so a command whose sources did not change starts in about a second instead of 10-17 s of type-checking;
 * otherwise it runs tsc, incremental through dist/tsconfig.build.tsbuildinfo. Plain JavaScript: it must run before
 * anything is compiled, on a fresh clone with no dist/. `npm run build` always runs tsc.
 *
 * Freshness is judged by modification times: a source edited, added or removed (a directory's time changes when
 * an entry goes) is newer than the stamp. A file copied in with its old time kept (cp -p, tar) is not seen:
 * run `npm run build` then.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const stamp = path.join(root, 'dist', '.build-stamp');
const configFiles = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
// Maven writes its own output under src/ (the Neo4j launcher, CoreNLP); none of it is tsc's input.
const notSources = new Set(['target']);

/** The latest modification time, in ms, of src/ (its .ts and .json files and its directories) and the configs. */
function newestInput() {
  let newest = 0;
  const visit = (dir) => {
    newest = Math.max(newest, fs.statSync(dir).mtimeMs);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!notSources.has(entry.name)) visit(full);
      } else if (entry.name.endsWith('.ts') || entry.name.endsWith('.json')) {
        newest = Math.max(newest, fs.statSync(full).mtimeMs);
      }
    }
  };
  visit(path.join(root, 'src'));
  for (const file of configFiles) {
    const full = path.join(root, file);
    if (fs.existsSync(full)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function builtAt() {
  try {
    return fs.statSync(stamp).mtimeMs;
  } catch {
    return -1;
  }
}

if (builtAt() <= newestInput()) {
  // The stamp takes the time tsc started, so a file saved while tsc runs is still seen as newer next time.
  const started = new Date();
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  fs.writeFileSync(stamp, '');
  fs.utimesSync(stamp, started, started);
}
