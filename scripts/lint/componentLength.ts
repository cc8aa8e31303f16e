/**
 * Views stay thin (issue 22, point 3): no function component in src/**\/*.tsx is longer than
 * MAX_COMPONENT_LINES. A component is a function whose name starts with a capital letter, declared
 * as `function Name` or `const Name = (…) => …`. Derived values belong in src/model; a long
 * component is split into smaller named ones. `npx tsx scripts/lint/componentLength.ts` lists
 * every component with its length, longest first; tests/lint/componentLength.test.ts enforces it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** Lines, counted from the `function` keyword (or the `const`) to the closing brace. */
export const MAX_COMPONENT_LINES = 60;

export interface ComponentLength {
  file: string;
  name: string;
  lines: number;
}

const isComponentName = (name: string) => /^[A-Z]/.test(name);

/** Every function component in one file's text, with its length in lines. */
export function componentLengths(file: string, text: string): ComponentLength[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
  const found: ComponentLength[] = [];
  const add = (name: string, node: ts.Node) =>
    found.push({ file, name, lines: lineOf(node.getEnd()) - lineOf(node.getStart(source)) + 1 });
  const visit = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) && node.name && isComponentName(node.name.text))
      add(node.name.text, node);
    if (ts.isVariableStatement(node)) {
      for (const d of node.declarationList.declarations) {
        const init = d.initializer;
        if (
          ts.isIdentifier(d.name) &&
          isComponentName(d.name.text) &&
          init &&
          (ts.isArrowFunction(init) || ts.isFunctionExpression(init))
        )
          add(d.name.text, node);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsxFiles(path);
    return e.name.endsWith('.tsx') ? [path] : [];
  });
}

/** Every function component under `root` (src/ by default), longest first. */
export function allComponentLengths(root = 'src'): ComponentLength[] {
  return tsxFiles(root)
    .flatMap((path) => componentLengths(relative('.', path), readFileSync(path, 'utf8')))
    .sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file));
}

function main() {
  const all = allComponentLengths();
  for (const c of all)
    console.log(
      `${c.lines > MAX_COMPONENT_LINES ? '✗' : ' '} ${String(c.lines).padStart(4)}  ${c.file} ${c.name}`,
    );
  const over = all.filter((c) => c.lines > MAX_COMPONENT_LINES);
  console.log(
    over.length
      ? `\n${over.length} component(s) over ${MAX_COMPONENT_LINES} lines.`
      : `\nNo component over ${MAX_COMPONENT_LINES} lines.`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
