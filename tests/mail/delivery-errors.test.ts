import { describe, expect, it } from "vitest";
import { deliveryErrorWords } from "@/components/delivery-error";
import { deliveryErrorText, smtpUrlOrThrow } from "@/server/mail/send-mail";

// A delivery's log stores its reason as English text; the reasons msp-kpi gives itself read in the
// reader's language, an SMTP server's own answer as it came.

const thrown = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
};

describe("delivery errors in the reader's language", () => {
  it("translates the reasons the mailer gives itself, as stored", () => {
    const noSmtp = deliveryErrorText(thrown(() => smtpUrlOrThrow("")));
    expect(deliveryErrorWords(noSmtp, "en")).toBe("No SMTP server is configured (set SMTP_URL).");
    expect(deliveryErrorWords(noSmtp, "de")).toBe("Es ist kein SMTP-Server eingerichtet (SMTP_URL setzen).");
    const timedOut = deliveryErrorText(Object.assign(new Error("x"), { name: "TimeoutError" }));
    expect(deliveryErrorWords(timedOut, "de")).toBe("Zeitüberschreitung");
    expect(deliveryErrorWords("no answer from the SMTP server within 15000 ms", "de")).toBe("keine Antwort vom SMTP-Server innerhalb von 15000 ms");
  });

  it("shows a server's own answer unchanged in either language", () => {
    const answer = deliveryErrorText(new Error("550 5.1.1 mailbox unavailable"));
    expect(deliveryErrorWords(answer, "de")).toBe("550 5.1.1 mailbox unavailable");
    expect(deliveryErrorWords("no answer from the SMTP server within soon ms", "de")).toBe("no answer from the SMTP server within soon ms");
  });
});
