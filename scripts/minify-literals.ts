// Lit's html`` and css`` templates ship as written, indentation and all. This squeezes the white
// space out of their static parts at build time. It is a small lexer rather than a regex so that
// nested templates inside ${…} and strings inside expressions are handled.

type Kind = 'html' | 'css';

function squeeze(text: string, kind: Kind): string {
  if (kind === 'css') {
    return text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
      .replace(/;}/g, '}');
  }
  return text.replace(/\s*\n\s*/g, ' ').replace(/> </g, '><');
}

/** Index just past the string or template that starts at `i` (a quote or backtick). */
function skipQuoted(code: string, i: number): number {
  const quote = code[i];
  for (i++; i < code.length; i++) {
    if (code[i] === '\\') i++;
    else if (code[i] === quote) return i + 1;
    else if (quote === '`' && code[i] === '$' && code[i + 1] === '{') i = skipExpression(code, i + 2) - 1;
  }
  return i;
}

/** Index just past the `}` closing the expression that starts at `i`. */
function skipExpression(code: string, i: number): number {
  for (let depth = 1; i < code.length; i++) {
    const c = code[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
    else if (c === '"' || c === "'" || c === '`') i = skipQuoted(code, i) - 1;
  }
  return i;
}

/** Minifies the static parts of every html`` and css`` template in `code`. */
export function minifyLiterals(code: string): string {
  const tag = /\b(html|css)`/g;
  let out = '';
  let i = 0;
  for (let m = tag.exec(code); m; m = tag.exec(code)) {
    let j = m.index + m[0].length;
    out += code.slice(i, j);
    let quasi = '';
    while (j < code.length && code[j] !== '`') {
      if (code[j] === '\\') {
        quasi += code[j] + code[j + 1];
        j += 2;
      } else if (code[j] === '$' && code[j + 1] === '{') {
        const end = skipExpression(code, j + 2);
        out += squeeze(quasi, m[1] as Kind) + '${' + minifyLiterals(code.slice(j + 2, end - 1)) + '}';
        quasi = '';
        j = end;
      } else {
        quasi += code[j++];
      }
    }
    out += squeeze(quasi, m[1] as Kind) + '`';
    i = j + 1;
    tag.lastIndex = i;
  }
  return out + code.slice(i);
}
