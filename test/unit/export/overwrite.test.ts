import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BadUserInputError } from '../../../src/errors';
import { parseExportArguments } from '../../../src/export/arguments';
import { GraphSpool } from '../../../src/export/spool';
import { tempFolder } from '../../fixtures/annotations';

const folder = tempFolder('export-overwrite-');
afterAll(() => folder.cleanup());

function refusal(argv: string[]): string {
  try {
    parseExportArguments(argv, folder.dir);
  } catch (error) {
    expect(error).toBeInstanceOf(BadUserInputError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('export --out', () => {
  it('refuses to overwrite an existing file without --force, and overwrites with it', () => {
    fs.writeFileSync(path.join(folder.dir, 'mine.graphml'), 'precious');
    expect(refusal(['--format', 'graphml', '--out', 'mine.graphml'])).toBe(
      `--out: ${path.join(folder.dir, 'mine.graphml')} exists; add --force to overwrite it`,
    );
    expect(parseExportArguments(['--format', 'graphml', '--out', 'mine.graphml', '--force'], folder.dir).out).toBe(
      path.join(folder.dir, 'mine.graphml'),
    );
  });

  it('refuses a csv export onto a file with a message, not a stack', () => {
    fs.writeFileSync(path.join(folder.dir, 'a-file'), 'x');
    expect(refusal(['--format', 'csv', '--out', 'a-file', '--force'])).toBe(
      `--out: ${path.join(folder.dir, 'a-file')} is a file; the csv format writes a folder (nodes.csv, relationships.csv, IMPORT.txt): give a folder`,
    );
  });

  it('refuses a csv folder that holds an earlier export without --force', () => {
    fs.mkdirSync(path.join(folder.dir, 'csv'));
    fs.writeFileSync(path.join(folder.dir, 'csv', 'nodes.csv'), 'x');
    expect(refusal(['--format', 'csv', '--out', 'csv'])).toBe(
      `--out: ${path.join(folder.dir, 'csv')} already holds nodes.csv; add --force to overwrite them`,
    );
    expect(parseExportArguments(['--format', 'csv', '--out', 'csv', '--force'], folder.dir).out).toBe(path.join(folder.dir, 'csv'));
  });
});

const spools = (pid: number) => fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith(`diplomacy-graph-export-${pid}-`));

describe('the export spool', () => {
  const root = path.resolve(__dirname, '../../..');

  it('is removed when the export is stopped by a signal', async () => {
    // A process of its own, as the export command runs (from dist/, as npm run export does).
    const build = spawnSync(process.execPath, ['scripts/build.js'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
    const child = spawn(
      process.execPath,
      ['-e', "require('./dist/src/export/spool').GraphSpool.create().then(() => { console.log('ready'); setInterval(() => {}, 1000); })"],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
    const pid = child.pid ?? -1;
    expect(spools(pid)).toHaveLength(1);
    child.kill('SIGTERM');
    const signal = await new Promise((resolve) => child.once('exit', (_code, exitSignal) => resolve(exitSignal)));
    expect(signal).toBe('SIGTERM');
    expect(spools(pid)).toEqual([]);
  }, 120_000);

  it('left by a process that was killed outright is removed by the next export', async () => {
    // A pid above the kernel's pid_max names no process.
    const orphan = path.join(os.tmpdir(), 'diplomacy-graph-export-4999999-abc');
    fs.mkdirSync(orphan, { recursive: true });
    const spool = await GraphSpool.create();
    try {
      expect(fs.existsSync(orphan)).toBe(false);
    } finally {
      await spool.finish();
      await spool.remove();
    }
  });
});
