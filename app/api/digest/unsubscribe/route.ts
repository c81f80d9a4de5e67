// GET/POST /api/digest/unsubscribe?token=… — the digest's unsubscribe link, signed out.
// GET only leads to the confirmation page: mail scanners fetch links, and must not unsubscribe
// anyone. POST unsubscribes: the page's button, or a mail client's one-click button (RFC 8058,
// named by the List-Unsubscribe-Post header), whose body is "List-Unsubscribe=One-Click".
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getDb } from "@/server/database";
import { unsubscribeWithToken } from "@/server/digest/unsubscribe";

export const dynamic = "force-dynamic";

const UnsubscribeForm = z.union([z.object({ "List-Unsubscribe": z.literal("One-Click") }), z.object({ confirm: z.literal("yes") })]);

const plain = (status: number, text: string) => new NextResponse(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

export function GET(request: NextRequest) {
  const confirm = new URL("/unsubscribed", request.url);
  confirm.searchParams.set("token", request.nextUrl.searchParams.get("token") ?? "");
  return NextResponse.redirect(confirm, 303);
}

export async function POST(request: NextRequest) {
  const body = await request.formData().then((data) => UnsubscribeForm.safeParse(Object.fromEntries(data)), () => null);
  if (!body?.success) return plain(400, "Send List-Unsubscribe=One-Click as a form. / Senden Sie List-Unsubscribe=One-Click als Formular.");
  if (!(await unsubscribeWithToken(await getDb(), request.nextUrl.searchParams.get("token") ?? ""))) {
    return plain(404, "This unsubscribe link is not valid. / Dieser Abmeldelink ist ungültig.");
  }
  if ("confirm" in body.data) return NextResponse.redirect(new URL("/unsubscribed", request.url), 303);
  return plain(200, "Unsubscribed. / Abgemeldet.");
}
