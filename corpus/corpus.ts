/** One check's corpus run: prints its table rows for one repository; false when a target is missed. */
export interface CorpusCheck {
  run(repoDir: string, name: string): Promise<boolean>;
}
