/**
 * Type-checks TypeScript files in process with the compiler API, as tsc would, and returns the problems
 * of those files only, as `<path below root>:<line>: <message>`. The sources they import are type-checked
 * by `pnpm typecheck`; not checking them again here is what makes this fast.
 */
import { relative } from 'node:path';
import ts from 'typescript';

/** `files`: absolute file name → its text; the files need not exist on disk. */
export function typeCheck(files: Map<string, string>, options: ts.CompilerOptions, root: string): string[] {
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => files.has(name) || fileExists.call(host, name);
  host.readFile = (name) => files.get(name) ?? readFile.call(host, name);
  host.getSourceFile = (name, language, ...rest) => {
    const text = files.get(name);
    return text === undefined ? getSourceFile.call(host, name, language, ...rest) : ts.createSourceFile(name, text, language);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const ofFiles = [...files.keys()].flatMap((name) => {
    const file = program.getSourceFile(name)!;
    return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
  });
  return [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics(), ...ofFiles].map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!diagnostic.file) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    return `${relative(root, diagnostic.file.fileName)}:${line + 1}: ${message}`;
  });
}
