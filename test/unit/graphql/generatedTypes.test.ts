import { execFile } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../../src/config';

const codegen = path.join(projectRoot, 'node_modules', '.bin', 'graphql-codegen');

describe('the generated types (resolvers in src/graphql/generated/, the panel query in src/dashboard/client/generated/)', () => {
  it('are what `npm run codegen` makes of schema/*.graphql and the panel query now', async () => {
    // --check writes nothing; it exits 1 and names each stale file when the SDL or the query changed since.
    const outcome = await new Promise<{ status: number; output: string }>((resolve) => {
      execFile(codegen, ['--config', 'codegen.ts', '--check', '--silent'], { cwd: projectRoot }, (error, stdout, stderr) => {
        resolve({ status: typeof error?.code === 'number' ? error.code : error ? -1 : 0, output: `${stdout}${stderr}` });
      });
    });
    expect(outcome).toEqual({ status: 0, output: '' });
  }, 30000);
});
