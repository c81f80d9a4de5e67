// GET /reports/qbr?client=ID[&from&to] — the reports page's client picker (a plain GET form) lands
// here and is sent on to that client's QBR.
import { redirect } from "next/navigation";
import { z } from "zod";
import { pageContext } from "@/server/request-context";

export const dynamic = "force-dynamic";

const ClientId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export async function GET(req: Request): Promise<Response> {
  await pageContext("viewer");
  const search = new URL(req.url).searchParams;
  const id = ClientId.safeParse(search.get("client"));
  if (!id.success) redirect("/reports");
  search.delete("client");
  const rest = search.toString();
  redirect(`/clients/${id.data}/qbr${rest ? `?${rest}` : ""}`);
}
