// GET/POST /api/digest/unsubscribe?token=… — the digest's one-click unsubscribe, signed out.
// GET is the link in the mail (then the confirmation page); POST is what mail clients send for
// the List-Unsubscribe-Post header (RFC 8058).
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/server/database";
import { unsubscribeWithToken } from "@/server/digest/unsubscribe";

export const dynamic = "force-dynamic";

const refused = () =>
  new NextResponse("This unsubscribe link is not valid. / Dieser Abmeldelink ist ungültig.", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });

async function unsubscribe(request: NextRequest): Promise<boolean> {
  return unsubscribeWithToken(await getDb(), request.nextUrl.searchParams.get("token") ?? "");
}

export async function GET(request: NextRequest) {
  if (!(await unsubscribe(request))) return refused();
  return NextResponse.redirect(new URL("/unsubscribed", request.url), 303);
}

export async function POST(request: NextRequest) {
  if (!(await unsubscribe(request))) return refused();
  return new NextResponse(null, { status: 204 });
}
