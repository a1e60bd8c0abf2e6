/**
 * Once per unit run: say plainly which database engines the storage and API suites run on. PostgreSQL suites run
 * only when WANGAN_TEST_PG_URL names a server (CI starts one, see .ci/run); without it they are skipped, and this is
 * the line that says so and why — rather than a silent count of fewer tests.
 */
export default function setup(): () => void {
  const url = process.env.WANGAN_TEST_PG_URL;
  const note = url
    ? `storage and API suites: SQLite and PostgreSQL (${url.replace(/\/\/[^@/]*@/, '//…@')})`
    : 'storage and API suites: SQLite only — the PostgreSQL suites are skipped because WANGAN_TEST_PG_URL is not set ' +
      '(set it to a postgres:// URL of a scratch database to run them; .ci/run starts PostgreSQL 15 and sets it)';
  console.log(note);
  // Again after the summary, where a reader of `npm test` looks last.
  return () => console.log(note);
}
