// A YAML input (deploy-canary `checks`, env-completeness `required`). Apart from Inputs so that
// only the bundles that read one load the YAML parser: compiling and starting it is about a
// fifth of a cold start for an action that never parses YAML (measured in the cold-start work).
import { LineCounter, parseDocument } from 'yaml';
import { InputError } from './errors.ts';
import type { Inputs } from './inputs.ts';

/** A YAML input, parsed with alias and size limits so a hostile value fails cleanly; undefined when not given. */
export function yamlInput(inputs: Inputs, name: string, example: string): unknown {
  const value = inputs.source.get(name);
  if (value.trim() === '') return undefined;
  if (value.length > 1_000_000) throw new InputError(name, 'is larger than 1 MB', example);
  const lines = new LineCounter();
  const doc = parseDocument(value, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
  const problem = doc.errors[0];
  if (problem) {
    const line = lines.linePos(problem.pos[0]).line;
    throw new InputError(name, `is not valid YAML${line ? ` (line ${line})` : ''}: ${problem.message.split('\n')[0]}`, example);
  }
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new InputError(name, `could not be read as YAML: ${error instanceof Error ? error.message : error}`, example);
  }
}
