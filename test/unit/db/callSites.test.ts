import fs from 'node:fs';
import path from 'node:path';
import { cypherDir, QueryLibrary, type QueryFile } from '../../../src/db';

/**
 * The gateway refuses, at run time, parameters that do not match a file's header; this finds the call sites that
 * name a query file and pass an object literal, and checks them without a database, so a site no integration
 * test reaches (a benchmark, a rare branch) is checked too. Sites that build the name or the parameters at run
 * time (the DataLoaders, spreads) are left to the gateway's check in the integration tests.
 */
const srcDir = path.join(cypherDir, '..', 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'dashboard' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const queryFiles = new Map<string, QueryFile>();
for (const folder of fs.readdirSync(cypherDir, { withFileTypes: true })) {
  if (!folder.isDirectory() || folder.name === 'include') continue;
  const dir = path.join(cypherDir, folder.name);
  const names = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => path.basename(file, '.cypher'));
  const library = QueryLibrary.load(names, dir);
  for (const name of names) queryFiles.set(name, library.get(name));
}

/** The object literal that starts at `text[open]` (a `{`), up to its matching `}`; strings and nesting skipped. */
function objectLiteral(text: string, open: number): string {
  let depth = 0;
  for (let at = open; at < text.length; at += 1) {
    const char = text[at];
    if (char === "'" || char === '"' || char === '`') {
      for (at += 1; at < text.length && text[at] !== char; at += text[at] === '\\' ? 2 : 1);
    } else if (char === '{' || char === '(' || char === '[') depth += 1;
    else if (char === '}' || char === ')' || char === ']') {
      depth -= 1;
      if (depth === 0) return text.slice(open + 1, at);
    }
  }
  throw new Error(`no closing brace after offset ${open}`);
}

/** The top-level keys of an object literal's body, or null when it spreads another object (keys unknown here). */
function keysOf(body: string): string[] | null {
  const keys: string[] = [];
  let depth = 0;
  let start = 0;
  const parts: string[] = [];
  for (let at = 0; at <= body.length; at += 1) {
    const char = body[at];
    if (char === "'" || char === '"' || char === '`') {
      for (at += 1; at < body.length && body[at] !== char; at += body[at] === '\\' ? 2 : 1);
    } else if (char === '{' || char === '(' || char === '[') depth += 1;
    else if (char === '}' || char === ')' || char === ']') depth -= 1;
    else if ((char === ',' && depth === 0) || at === body.length) {
      parts.push(body.slice(start, at).trim());
      start = at + 1;
    }
  }
  for (const part of parts.filter(Boolean)) {
    if (part.startsWith('...')) return null;
    const match = /^([A-Za-z_$][\w$]*)\s*(?::|$)/.exec(part);
    if (!match) throw new Error(`cannot read the key of "${part}"`);
    keys.push(match[1] ?? '');
  }
  return keys;
}

interface CallSite {
  where: string;
  name: string;
  keys: string[];
}

const sitePattern = /\b(?:read|run|write)\(\s*(?:\w+\.get\()?'([a-z][a-z-]*)'\)?,\s*\{/g;
const sites: CallSite[] = sourceFiles(srcDir).flatMap((file) => {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(sitePattern)].flatMap((match) => {
    const keys = keysOf(objectLiteral(text, (match.index ?? 0) + match[0].length - 1));
    const line = text.slice(0, match.index).split('\n').length;
    return keys === null ? [] : [{ where: `${path.relative(srcDir, file)}:${line}`, name: match[1] ?? '', keys }];
  });
});

describe('the call sites that name a query file', () => {
  it('are found: the resolvers, the loader, derive, export, the drafter and the benchmarks', () => {
    const where = new Set(sites.map((site) => site.where.split(':')[0]?.split(path.sep)[0]));
    expect([...where].sort()).toEqual(expect.arrayContaining(['cli', 'derive', 'draft', 'export', 'graphql', 'ingest']));
    expect(sites.length).toBeGreaterThan(25);
  });

  it.each(sites.map((site) => [site.where, site.name, site]))(
    '%s passes %s exactly the parameters its header declares',
    (_where, name, site) => {
      const file = queryFiles.get(name);
      expect(file).toBeDefined();
      expect([...site.keys].sort()).toEqual(file?.parameters.map((parameter) => parameter.name).sort());
    },
  );
});
