// Runs the named suites of `npm run eval` / `npm run bench` (all of them when none is named).
export type Suites = Record<string, () => Promise<void>>;

export async function runSuites(command: string, suites: Suites, asked: readonly string[]): Promise<void> {
  const unknown = asked.filter((name) => !Object.hasOwn(suites, name));
  if (unknown.length > 0) {
    console.error(
      `${command}: unknown suite ${unknown.join(', ')} (available: ${Object.keys(suites).join(', ')})`,
    );
    process.exit(2);
  }
  for (const name of asked.length > 0 ? asked : Object.keys(suites)) {
    console.log(`\n== ${command} ${name} ==`);
    await suites[name]!();
  }
}
