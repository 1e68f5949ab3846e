import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexScript, scriptSafeJson } from '../../src/search/serialize.ts';

describe('scriptSafeJson', () => {
  it('escapes < so a string cannot close the script or open a comment', () => {
    expect(scriptSafeJson({ t: 'a </script><script>alert(1)</script> <!-- b' })).toBe(
      '{"t":"a \\u003c/script>\\u003cscript>alert(1)\\u003c/script> \\u003c!-- b"}',
    );
  });

  it('escapes the line and paragraph separators', () => {
    expect(scriptSafeJson(['a\u2028b\u2029c'])).toBe('["a\\u2028b\\u2029c"]');
  });

  it('leaves no <, U+2028 or U+2029 in the output and reads back as the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = scriptSafeJson(value);
        return !/[<\u2028\u2029]/.test(json) && JSON.stringify(JSON.parse(json)) === JSON.stringify(value);
      }),
    );
  });
});

describe('indexScript', () => {
  it('is a script that hands its payload to the search global', () => {
    expect(indexScript({ kind: 'docs', t: '</script>' })).toBe('window.__newsgraphSearch.add({"kind":"docs","t":"\\u003c/script>"});\n');
  });

  it('runs as JavaScript and delivers the exact payload', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const received: unknown[] = [];
        runInNewContext(indexScript({ text }), { window: { __newsgraphSearch: { add: (payload: unknown) => received.push(payload) } } });
        return JSON.stringify(received) === JSON.stringify([{ text }]);
      }),
    );
  });
});
