// Starts (or stops) a throwaway PostgreSQL on a free loopback port, for CI and local testing.
//   tsx scripts/throwaway-postgres.ts start   → prints shell lines: export TEST_DATABASE_URL=…; export MSP_KPI_PG_DIR=…
//   tsx scripts/throwaway-postgres.ts stop DIR
import { startThrowawayPostgres, stopThrowawayPostgres } from "./lib/throwaway-postgres";

const [command, dir] = process.argv.slice(2);
if (command === "start") {
  const pg = await startThrowawayPostgres();
  console.log(`export TEST_DATABASE_URL='${pg.url}'; export MSP_KPI_PG_DIR='${pg.dir}'`);
} else if (command === "stop" && dir) {
  stopThrowawayPostgres(dir);
} else {
  console.error("usage: throwaway-postgres.ts start | stop DIR");
  process.exit(2);
}
