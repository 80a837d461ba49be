// Where JSON text goes wrong. `JSON.parse` says "Unexpected token 'h', "hello" is not valid
// JSON" with no position for some errors, and quotes the text (newlines and all) in others:
// this scanner finds the offset itself, so a golden's error can name its line and column.
// It walks the grammar with an explicit stack, so deep nesting cannot overflow it.

/** Where JSON text first breaks: its offset, and whether that is the end of the text (it was cut short). */
export interface JsonBreak {
  offset: number;
  atEnd: boolean;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** The characters numbers are made of: a run of them reaching the end is a number cut short. */
const NUMBERISH = /[-+.\deE]*/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const LITERALS = ['true', 'false', 'null'];

/** What the scanner expects next; a `first-` state may also close the container it just opened. */
type State = 'value' | 'first-value' | 'key' | 'first-key' | 'after';

/**
 * The first place where `text` is not JSON, or undefined when it is JSON.
 * @example jsonBreak('{"a": tru}') // { offset: 6, atEnd: false }
 */
export function jsonBreak(text: string): JsonBreak | undefined {
  let i = 0;
  const at = (offset: number): JsonBreak => ({ offset, atEnd: offset >= text.length });
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const matchAt = (pattern: RegExp): number => {
    pattern.lastIndex = i;
    return pattern.test(text) ? pattern.lastIndex : -1;
  };
  /** Reads the string at `i`; where it breaks, or undefined. */
  const string = (): number | undefined => {
    for (i++; i < text.length; ) {
      const c = text.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c < 0x20) return i;
      if (c !== 0x5c) i++;
      else if (matchAt(ESCAPE) > 0) i = ESCAPE.lastIndex;
      else return /^\\(u[0-9a-fA-F]{0,3})?$/.test(text.slice(i, i + 6)) && text.length - i < 6 ? text.length : i;
    }
    return text.length;
  };
  /** Reads the string, number or literal at `i`; where it breaks, or undefined. */
  const scalar = (): number | undefined => {
    if (i >= text.length) return i;
    if (text[i] === '"') return string();
    for (const word of LITERALS) {
      if (text.startsWith(word, i)) return void (i += word.length);
      if (text.length - i < word.length && word.startsWith(text.slice(i))) return text.length;
    }
    const end = matchAt(NUMBERISH);
    if (end > i && matchAt(NUMBER) === end) return void (i = end);
    return end === text.length && end > i ? end : i;
  };
  const stack: ('{' | '[')[] = [];
  let state: State = 'value';
  for (;;) {
    skipSpace();
    const c = text[i];
    const top = stack.at(-1);
    if ((state === 'first-value' && c === ']') || (state === 'first-key' && c === '}') || (state === 'after' && c === (top === '{' ? '}' : ']') && top)) {
      stack.pop();
      i++;
      state = 'after';
    } else if (state === 'key' || state === 'first-key') {
      if (c !== '"') return at(i);
      const broken = string();
      if (broken !== undefined) return at(broken);
      skipSpace();
      if (text[i] !== ':') return at(i);
      i++;
      state = 'value';
    } else if (state === 'value' || state === 'first-value') {
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        state = c === '{' ? 'first-key' : 'first-value';
        continue;
      }
      const broken = scalar();
      if (broken !== undefined) return at(broken);
      state = 'after';
    } else if (top === undefined) {
      return i < text.length ? at(i) : undefined;
    } else if (c === ',') {
      i++;
      state = top === '{' ? 'key' : 'value';
    } else {
      return at(i);
    }
  }
}
