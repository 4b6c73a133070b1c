/**
 * Wall time of the unit tier with ts-jest type-checking every file (as before issue 12) and compiling file by file
 * (tsconfig.json's isolatedModules), run alternately on the same machine so that both see the same load.
 * Cold: an empty jest cache; warm: the same run again on that cache. Usage: node scripts/bench-unit-tier.js [rounds]
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const rounds = Number(process.argv[2] ?? 1);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-unit-tier-'));

/** A jest config for the unit project only, compiled with `isolatedModules` as given, caching in a directory of its own. */
function jestConfig(isolatedModules, cacheDirectory) {
  // Outside the project, so type roots are named: tsc would look for them beside the temporary file.
  const tsconfig = path.join(work, `tsconfig.${isolatedModules ? 'isolated' : 'checked'}.json`);
  fs.writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: path.join(root, 'tsconfig.json'),
      compilerOptions: { isolatedModules, typeRoots: [path.join(root, 'node_modules', '@types')] },
    }),
  );
  const config = path.join(work, `jest.${path.basename(cacheDirectory)}.config.json`);
  fs.writeFileSync(
    config,
    JSON.stringify({
      rootDir: root,
      cacheDirectory,
      testTimeout: 60000,
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': ['ts-jest', { tsconfig, diagnostics: { warnOnly: false } }] },
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
    }),
  );
  return config;
}

function timeRun(config) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--config', config, '--runInBand', '--silent'], {
    cwd: root,
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const summary = (run.stderr.match(/^Tests:.*$/m) ?? ['(no summary)'])[0];
  if (run.status !== 0) throw new Error(`jest failed (${config}):\n${run.stderr.slice(-2000)}`);
  return { seconds, summary };
}

const variants = [
  { name: 'type-checked (before)', isolatedModules: false },
  { name: 'isolatedModules (after)', isolatedModules: true },
];
const times = new Map(variants.map((variant) => [variant.name, { cold: [], warm: [] }]));
for (let round = 1; round <= rounds; round += 1) {
  const configs = variants.map((variant) => ({
    variant,
    config: jestConfig(variant.isolatedModules, path.join(work, `cache-${round}-${variant.isolatedModules}`)),
  }));
  for (const phase of ['cold', 'warm']) {
    for (const { variant, config } of configs) {
      const { seconds, summary } = timeRun(config);
      times.get(variant.name)[phase].push(seconds);
      console.log(`round ${round} ${phase.padEnd(4)} ${variant.name.padEnd(24)} ${seconds.toFixed(1).padStart(6)} s   ${summary}`);
    }
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
const [before, after] = variants.map((variant) => times.get(variant.name));
for (const phase of ['cold', 'warm']) {
  const b = median(before[phase]);
  const a = median(after[phase]);
  console.log(
    `${phase}: before ${b.toFixed(1)} s, after ${a.toFixed(1)} s, after/before ${(a / b).toFixed(2)} (median of ${rounds}; load average ${os.loadavg()[0].toFixed(1)})`,
  );
}
fs.rmSync(work, { recursive: true, force: true });
