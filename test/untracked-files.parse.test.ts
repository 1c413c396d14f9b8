// The two import scanners: es-module-lexer (fast path) and the JSX-safe tokenizer
// (fallback) must agree wherever the lexer works, and the tokenizer must keep
// going where the lexer stops (JSX text with quotes).
import { describe, expect, it } from 'vitest';
import { extractScripts, findImports, scanImportsWithLexer } from '../src/imports/imports.ts';
import { scanImportsWithTokenizer } from '../src/imports/tokenizer.ts';
import { parseJsonc } from '../src/imports/jsonc.ts';

const pairs = (found: { specifier: string; index: number }[]) => found.map((f) => [f.specifier, f.index]).sort((a, b) => Number(a[1]) - Number(b[1]));

/** TSX the lexer can read: no quotes in JSX text. */
const LEXABLE_TSX = [
  `import React, { useState } from 'react';
import type { Props } from './types.js';
import Button from "@/components/Button";
export * from './re-export';
export { helper as default } from '../helpers/index.js';
export type { Model } from './model';
const Lazy = React.lazy(() => import('./pages/Lazy'));
const G = <T,>(value: T) => value;
export function App({ items }: Props): JSX.Element {
  const [n, setN] = useState<number>(0);
  const ratio = n / 2 / items.length;
  const re = /import\\('.\\/not-this'\\)/g;
  const icon = ratio > 1 ? <Icon name="big" /> : null;
  return <Layout className="app" onClick={() => setN(n + 1)} icon={icon} items={items.map((item) => <Button key={item.id} label={\`item \${item.id}\`} />)} />;
}
// import './commented-out';
/* export * from './also-commented'; */
const s = "import './in-a-string'";
async function later() { return import(\`./late-template\`); }
`,
  `import { a } from './a';\nconst el = <Foo bar={{ x: 1 }} baz="q" />;\nexport const b = () => import('./b');\n`,
  `export default function Page() { return <main><h1>Title</h1></main> }\nimport('./after-jsx');\n`,
];

describe('import scanners', () => {
  it.each(LEXABLE_TSX.map((source, i) => [i, source] as const))('agree on lexable TSX #%i (specifier and offset)', (_, source) => {
    const lexed = scanImportsWithLexer(source);
    expect(lexed, 'the lexer reads this file').toBeDefined();
    const tokenized = scanImportsWithTokenizer(source, { jsx: true });
    expect(pairs(tokenized)).toEqual(pairs(lexed!));
    expect(tokenized.length).toBeGreaterThan(0);
  });

  it('falls back to the tokenizer where the lexer stops at JSX (closing tags, quotes in text)', () => {
    const source = `import { a } from './a';\nexport function Page() { return <main>Title</main> }\nconst b = import('./b');\n`;
    expect(scanImportsWithLexer(source)).toBeUndefined();
    const stats = { lexer: 0, tokenizer: 0 };
    expect(findImports(source, 'tsx', stats).map((i) => [i.specifier, i.line])).toEqual([['./a', 1], ['./b', 3]]);
    expect(stats).toEqual({ lexer: 0, tokenizer: 1 });
  });

  it('finds every form with its line in TSX the lexer cannot read', () => {
    const source = `/// <reference path="./globals.d.ts" />
import type { A } from './a.js';
export const App = () => <p className='x'>Don't stop {n / 2} "quoted</p>;
const Other = () => <section><h2>It's {"fine"}</h2><Icon /></section>;
const lazy = import('./lazy-after-jsx');
const cfg = require('./config.cjs');
const spread = { ...require('../spread') };
import legacy = require('./legacy');
export { x } from './x';
const url = new URL('./asset.png', import.meta.url);
`;
    expect(scanImportsWithLexer(source)).toBeUndefined();
    expect(findImports(source, 'tsx').map((i) => [i.specifier, i.line, i.kind])).toEqual([
      ['./globals.d.ts', 1, 'reference'],
      ['./a.js', 2, 'static'],
      ['./lazy-after-jsx', 5, 'dynamic'],
      ['./config.cjs', 6, 'require'],
      ['../spread', 7, 'require'],
      ['./legacy', 8, 'require'],
      ['./x', 9, 'static'],
    ]);
  });

  it('keeps its place through generic components, comments in tags and JSX in attributes', () => {
    const source = [
      "import { Select } from './select';",
      'export const Form = () => (',
      "  <Select<Option> // don't lose track here",
      '    value={v} /* it\'s fine */',
      "    render={() => <p>it's {a < b && <b>ok</b>}</p>}",
      '  />',
      ');',
      "const Page = lazy(() => import('./page'));",
      "export const other = x < y ? <Empty /> : <p>won't</p>;",
      "export { z } from './z';",
    ].join('\n');
    expect(findImports(source, 'tsx').map((i) => [i.specifier, i.line])).toEqual([['./select', 1], ['./page', 8], ['./z', 10]]);
  });

  it('does not read imports out of strings, comments, templates or regexes', () => {
    const source = [
      `const a = 'import "./no1"';`,
      `const b = \`require('./no2') \${ \`import('./no3')\` }\`;`,
      `// import './no4'`,
      `/* require('./no5') */`,
      `const r = /from '.\\/no6'/;`,
      `obj.require('./no7'); obj.import('./no8');`,
      `const tpl = import(\`./dyn-\${name}\`);`,
      `import './yes';`,
    ].join('\n');
    expect(findImports(source, 'ts').map((i) => i.specifier)).toEqual(['./yes']);
    // The template import names no file: reported apart, as computed, with its pattern.
    expect(scanImportsWithTokenizer(source, { jsx: false }).map((i) => [i.specifier, i.computed ?? false])).toEqual([['./dyn-*', true], ['./yes', false]]);
  });

  it('reads a slash after each keyword that starts an expression as a regex, and after any other word as a division', () => {
    // A regex holding a quote: read as a division, the quote would open a string to the line end and hide the import.
    const keywords = ['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await', 'extends'];
    for (const keyword of keywords) {
      const source = `x = ${keyword} /'/; import('./after-${keyword}');\n`;
      expect(scanImportsWithTokenizer(source, { jsx: false }).map((i) => i.specifier), keyword).toEqual([`./after-${keyword}`]);
    }
    // Identifiers that share a keyword's first letters divide: `returned / 2 / 'x'` holds a string, not a regex.
    for (const word of ['returned', 'i', 'ins', 'o', 'news', 'd', 'doing', 'voids', 'cases', 'elsewhere', 'yields', 'awaiting', 'extend']) {
      const source = `x = ${word} / 2 / 'import("./no")'; import('./after-${word}');\n`;
      expect(scanImportsWithTokenizer(source, { jsx: false }).map((i) => i.specifier), word).toEqual([`./after-${word}`]);
    }
  });

  it('does not take a function named require for a call, nor typeof import() for a runtime import', () => {
    const source = `function require(id = './default') { return id; }\nconst t: typeof import('./types') = x;\nconst m = require('./real');\n`;
    expect(scanImportsWithTokenizer(source, { jsx: false }).map((i) => [i.specifier, i.kind, i.typeOnly, i.computed ?? false])).toEqual([
      ['./types', 'dynamic', true, false],
      ['./real', 'require', false, false],
    ]);
  });

  it('reports template and computed imports apart on both scanners (es-module-lexer 3 reports templates as globs)', () => {
    // No `require` anywhere: this text really goes through es-module-lexer.
    const source = [
      `import { messages } from './messages';`,
      `export const load = (l: string) => import(\`./locales/\${l}.js\`);`,
      `export const deep = (a: string, b: string) => import(\`./a/\${a}/c/\${b}.js\`);`,
      `export const plain = () => import(\`./plain.js\`);`,
      `export const computed = (x: string) => import('./x' + x);`,
    ].join('\n');
    expect(source).not.toContain('require');
    const lexed = scanImportsWithLexer(source);
    expect(lexed, 'the lexer reads this file').toBeDefined();
    expect(lexed!.map((found) => [found.specifier, found.computed ?? false])).toEqual([['./messages', false], ['./locales/*.js', true], ['./a/*/c/*.js', true], ['./plain.js', false], ['import(…)', true]]);
    const tokenized = scanImportsWithTokenizer(source, { jsx: false });
    expect(pairs(tokenized)).toEqual(pairs(lexed!));
    expect(tokenized.map((found) => found.computed ?? false)).toEqual(lexed!.map((found) => found.computed ?? false));
    const stats = { lexer: 0, tokenizer: 0 };
    expect(findImports(source, 'ts', stats).map((i) => [i.specifier, i.line, i.kind])).toEqual([['./messages', 1, 'static'], ['./plain.js', 4, 'dynamic']]);
    expect(stats).toEqual({ lexer: 1, tokenizer: 0 });
  });

  it('agree on which imports are type-only and which bind names (TypeScript erases the first, may erase the second)', () => {
    const source = [
      "import type { A } from './a';",
      "import { type B, type C } from './b';",
      "export type { D } from './d';",
      "import E, { type F } from './e';",
      "export * from './g';",
      "import './h';",
      "import type J from './j';",
      "import type from './type-named-value';",
      "import * as K from './k';",
      "export { type L } from './l';",
      "export type * from './p';",
      "const m: import('./m').M = load();",
      "let n: typeof import('./n');",
      "const o = import('./o').then((x) => x);",
      "const q = await import('./q');",
      '',
    ].join('\n');
    expect(source).not.toContain('require');
    const lexed = scanImportsWithLexer(source)!;
    const tokenized = scanImportsWithTokenizer(source, { jsx: false });
    const flags = (found: { specifier: string; typeOnly: boolean; bindings?: boolean }[]) => found.map((f) => [f.specifier, f.typeOnly, f.bindings ?? false]);
    expect(flags(tokenized)).toEqual(flags(lexed));
    expect(flags(lexed)).toEqual([
      ['./a', true, false], ['./b', true, false], ['./d', true, false], ['./e', false, true], ['./g', false, false],
      ['./h', false, false], ['./j', true, false], ['./type-named-value', false, true], ['./k', false, true], ['./l', true, false],
      ['./p', true, false], ['./m', true, false], ['./n', true, false], ['./o', false, false], ['./q', false, false],
    ]);
  });

  it('keeps the file\'s line numbers in Svelte, Vue and Astro script blocks', () => {
    const svelte = `<script context="module" lang="ts">\n  import { load } from './load.js';\n</script>\n\n<script lang="ts">\n  import Registry from '../lib/module-registry';\n</script>\n<p>Don't import './not-code'</p>\n`;
    expect(findImports(svelte, 'svelte').map((i) => [i.specifier, i.line])).toEqual([['./load.js', 2], ['../lib/module-registry', 6]]);
    const vue = `<template>\n  <div>{{ "import('./no')" }}</div>\n</template>\n<script setup lang="tsx">\nimport Child from './Child.vue';\nconst el = <span>it's</span>;\n</script>\n<script src="./extra.ts"></script>\n`;
    expect(extractScripts(vue, 'vue').jsx).toBe(true);
    expect(findImports(vue, 'vue').map((i) => [i.specifier, i.line])).toEqual([['./Child.vue', 5], ['./extra.ts', 8]]);
    const astro = `---\nimport Layout from '../layouts/Layout.astro';\nconst title = "import './no'";\n---\n<Layout title={title}><p>import './no2'</p></Layout>\n<script>\n  import './client';\n</script>\n`;
    expect(findImports(astro, 'astro').map((i) => [i.specifier, i.line])).toEqual([['../layouts/Layout.astro', 2], ['./client', 7]]);
  });

  it('reads tsconfig JSON with comments and trailing commas, leaving strings alone', () => {
    const text = '\uFEFF{\n // c "x"\n "a": "http://x/*y*/", /* b */ "b": [1, 2, /* z */ ],\n "c": {"d": "e\\"//",},\n}\n';
    expect(parseJsonc(text)).toEqual({ a: 'http://x/*y*/', b: [1, 2], c: { d: 'e"//' } });
    expect(() => parseJsonc('{ "a": }')).toThrow();
  });
});
