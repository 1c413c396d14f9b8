export interface DemoResult {
  caught: boolean;
  /** The guard's verdict on the incident, as a user would read it. */
  caughtLine: string;
  twinPassed: boolean;
  twinLine: string;
}

export interface DemoIncident {
  /** The action that guards against it. */
  guard: string;
  title: string;
  /** One sentence: what happened to the real team. */
  story: string;
  run(): Promise<DemoResult>;
}

/** The verdict line of a step: its ::error:: annotation, or the last plain log line. */
export function verdictOf(stdout: string): string {
  const lines = stdout.split('\n');
  const error = lines.find((line) => line.startsWith('::error'));
  if (error) return error.replace(/^::error[^:]*::/, '');
  return lines.filter((line) => line && !line.startsWith('::')).at(-1) ?? '';
}
