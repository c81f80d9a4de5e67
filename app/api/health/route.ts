// GET /api/health — liveness for load balancers and uptime checks: answers {ok:true} while the
// server runs. Touches no database and needs no sign-in, so it says nothing about the data.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ ok: true }, { headers: { "cache-control": "no-store" } });
}
