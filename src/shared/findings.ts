export type Severity = 'error' | 'warning' | 'notice';

/** Something a check found; adapters turn it into an annotation, the CLI into a line. */
export interface Finding {
  severity: Severity;
  message: string;
  /** Short machine-readable code (a reason or finding code from DESIGN.md). */
  code?: string;
  title?: string;
  /** Path relative to the repository root, when the finding has a place in a file. */
  file?: string;
  line?: number;
  column?: number;
}
