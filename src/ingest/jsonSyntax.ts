import { inputLimits } from './limits';

/** Where a JSON text first breaks the grammar, with a message that says what was expected there. */
export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Scans `text` as JSON (RFC 8259) and returns its first syntax error, or undefined when it is valid JSON.
 * JSON.parse does the parsing; this exists because V8's messages give a position for some errors and not
 * for others ("Unexpected token ']', ... is not valid JSON"), and an editor needs a line and column.
 */
export function findJsonSyntaxError(text: string, maxNesting: number = inputLimits.nesting): JsonSyntaxError | undefined {
  let i = 0;
  // The scanner recurses once per level: without a bound, 200,000 '[' overflow the stack instead of being reported.
  let depth = 0;
  const enter = () => {
    depth += 1;
    if (depth > maxNesting) throw new Stop(i, `at most ${maxNesting} levels of arrays and objects nested in one another, got more here`);
  };
  const got = () => (i >= text.length ? 'the end of the file' : JSON.stringify(text[i]));
  const stop = (expected: string): never => {
    throw new Stop(i, `expected ${expected}, got ${got()}`);
  };
  const space = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i += 1;
  };
  const string = () => {
    i += 1;
    for (;;) {
      if (i >= text.length) stop('the closing " of a string');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i += 1;
        return;
      }
      if (c < 0x20) stop('no raw control character inside a string (escape line breaks and tabs)');
      if (c === 0x5c) {
        i += 1;
        const escaped = text[i];
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) stop('four hex digits after \\u');
          i += 5;
        } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) {
          i += 1;
        } else {
          stop('an escape: one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX');
        }
      } else {
        i += 1;
      }
    }
  };
  const number = () => {
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = i;
    if (!match.exec(text)) stop('a number');
    i = match.lastIndex;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      if (c === '{') object();
      else array();
      depth -= 1;
      return;
    }
    if (c === '"') {
      string();
      return;
    }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      number();
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    stop('a value (string, number, object, array, true, false or null)');
  };
  const object = () => {
    enter();
    i += 1;
    space();
    if (text[i] === '}') {
      i += 1;
      return;
    }
    for (;;) {
      space();
      if (text[i] === '}') stop("another property after ',' (JSON allows no trailing comma)");
      if (text[i] !== '"') stop('a property name in double quotes');
      string();
      space();
      if (text[i] !== ':') stop("':' after the property name");
      i += 1;
      value();
      space();
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      if (text[i] === '}') {
        i += 1;
        return;
      }
      stop("',' or '}' after a property value");
    }
  };
  const array = () => {
    enter();
    i += 1;
    space();
    if (text[i] === ']') {
      i += 1;
      return;
    }
    for (;;) {
      space();
      if (text[i] === ']') stop("another element after ',' (JSON allows no trailing comma)");
      value();
      space();
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      if (text[i] === ']') {
        i += 1;
        return;
      }
      stop("',' or ']' after an array element");
    }
  };

  try {
    value();
    space();
    if (i < text.length) stop('nothing after the JSON value');
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.offset);
    const line = before.split('\n').length;
    const column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
    return { line, column, message: error.message };
  }
}
