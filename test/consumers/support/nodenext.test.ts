/**
 * `diagnosticsOf`: which of the one nodenext program's diagnostics fail which consumer test. Output as tsc
 * prints it without a terminal: `file(line,col): error TSnnnn: message`, continuation lines indented.
 */
import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from './nodenext.js';

const example = "esm/example-3.ts(5,7): error TS2322: Type 'string' is not assignable to type 'number'.";
const workflow = [
  "workflow/workflow.ts(12,3): error TS2345: Argument of type '{ primary: number; }' is not assignable to parameter of type 'DnsSettingsUpdate'.",
  "  Types of property 'primary' are incompatible.",
].join('\n');
const installed = "node_modules/@sps-openapi/client/dist/types.d.ts(1,10): error TS2305: Module '\"./transport.js\"' has no exported member 'Transport'.";

describe('diagnosticsOf', () => {
  it("gives each folder its own files' diagnostics, continuation lines included, and no other folder's", () => {
    const compiled = { ok: false, output: `${example}\n${workflow}\n`, failure: 'tsc exited with 2' };
    expect(diagnosticsOf(compiled, 'esm')).toBe(example);
    expect(diagnosticsOf(compiled, 'workflow')).toBe(workflow);
    expect(diagnosticsOf(compiled, 'cjs')).toBe('');
  });

  it('gives every folder a diagnostic of no folder of the program (an installed declaration file, an option)', () => {
    const compiled = { ok: false, output: `${example}\n${installed}\nerror TS5023: Unknown compiler option '--nope'.\n`, failure: 'tsc exited with 2' };
    expect(diagnosticsOf(compiled, 'esm')).toBe(`${example}\n${installed}\nerror TS5023: Unknown compiler option '--nope'.`);
    expect(diagnosticsOf(compiled, 'cjs')).toBe(`${installed}\nerror TS5023: Unknown compiler option '--nope'.`);
  });

  it('fails every folder when tsc failed without printing a diagnostic; a clean run fails none', () => {
    expect(diagnosticsOf({ ok: false, output: '', failure: 'tsc exited with SIGKILL' }, 'workflow')).toBe('tsc failed without a diagnostic: tsc exited with SIGKILL');
    expect(diagnosticsOf({ ok: true, output: '' }, 'esm')).toBe('');
  });
});
