import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';

/**
 * The domain rules several query files share, each in one file of cypher/include: which events are negotiations,
 * which roles negotiate, how an actor rolls up to the organization it represents, which relationships are facts.
 * A query file writes `{{name}}`, or `{{name hole=variable ...}}` for a fragment with holes (a hole may also take a
 * `$parameter`, as node-map's `brief` does), and the query library and the researchers' runner both expand it when
 * they read the file, so a rule changed in its file changes every query that uses it (test/unit/db/includes.test.ts
 * keeps copies from coming back).
 */
export const includeDir = path.join(projectRoot, 'cypher', 'include');

const usePattern = /\{\{([a-z][a-z-]*)((?:\s+[A-Za-z_]\w*=\$?[A-Za-z_]\w*)*)\s*\}\}/g;
const holePattern = /\{\{([A-Za-z_]\w*)\}\}/g;

let fragments: ReadonlyMap<string, string> | undefined;

/** The fragments of cypher/include, read once: each file's Cypher without its `//` lines (its documentation). */
export function includeFragments(): ReadonlyMap<string, string> {
  fragments ??= new Map(
    (fs.existsSync(includeDir) ? fs.readdirSync(includeDir) : [])
      .filter((file) => file.endsWith('.cypher'))
      .map((file) => {
        const text = fs.readFileSync(path.join(includeDir, file), 'utf8');
        const cypher = text
          .split(/\r?\n/)
          .filter((line) => !/^\s*\/\//.test(line))
          .join('\n')
          .trim();
        return [path.basename(file, '.cypher'), cypher];
      }),
  );
  return fragments;
}

/**
 * `text` with every `{{name ...}}` replaced by its fragment, the holes filled with the variables given. Throws with
 * `fail` (which names the file) for an unknown fragment, a hole left unfilled, or a variable given for no hole.
 */
export function expandIncludes(text: string, fail: (reason: string) => never): string {
  return text.replace(usePattern, (use: string, name: string, argumentText: string, offset: number) => {
    const fragment =
      includeFragments().get(name) ??
      fail(`${use}: no such fragment in cypher/include (it has: ${[...includeFragments().keys()].sort().join(', ')})`);
    const given = new Map(
      argumentText
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((pair) => pair.split('=') as [string, string]),
    );
    const holes = new Set([...fragment.matchAll(holePattern)].map((match) => match[1] ?? ''));
    const unused = [...given.keys()].filter((hole) => !holes.has(hole));
    if (unused.length > 0) fail(`${use}: ${name} has no hole ${unused.join(', ')} (its holes: ${[...holes].join(', ') || 'none'})`);
    const filled = fragment.replace(
      holePattern,
      (_hole: string, hole: string) => given.get(hole) ?? fail(`${use}: ${name} needs ${hole}=<variable>`),
    );
    // A fragment of several lines takes the indentation of the line it is written on, for whoever reads the query log.
    const indent = /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', offset - 1) + 1))?.[0] ?? '';
    // A fragment may use another (participants-page writes its actors with node-map).
    return expandIncludes(filled, fail).replace(/\n/g, `\n${indent}`);
  });
}
