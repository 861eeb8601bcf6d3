import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { entries } from '../tsup.config';

// Every public export (of every subpath) carries a JSDoc with an @example: what typedoc
// shows, and what a host reads in the editor.
describe('public API documentation', () => {
  const files = Object.values(entries);
  const program = ts.createProgram(files, { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, resolveJsonModule: true, strict: true, skipLibCheck: true, types: [] });
  const checker = program.getTypeChecker();

  it.each(Object.entries(entries))('every export of %s has an @example', (_name, file) => {
    const source = program.getSourceFile(file)!;
    const moduleSymbol = checker.getSymbolAtLocation(source)!;
    const missing: string[] = [];
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const tags = symbol.getJsDocTags(checker);
      const declaredTags = (symbol.declarations ?? []).flatMap((d) => ts.getJSDocTags(d.kind === ts.SyntaxKind.VariableDeclaration ? d.parent.parent : d));
      if (!tags.some((t) => t.name === 'example') && !declaredTags.some((t) => t.tagName.text === 'example')) missing.push(exported.name);
    }
    // The checker found the entry's exports (the smallest entry, wuye-rules/service, has three).
    expect(checker.getExportsOfModule(moduleSymbol).length).toBeGreaterThanOrEqual(3);
    expect(missing).toEqual([]);
  });
});
