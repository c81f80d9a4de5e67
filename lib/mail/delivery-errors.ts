// A failed delivery's reason is stored as English text: it is also the operator's log line. The
// reasons msp-kpi gives itself are known here, so pages can show them in the reader's language;
// an SMTP or webhook server's own answer is shown as it came.

export const NO_SMTP_TEXT = "No SMTP server is configured (set SMTP_URL).";
export const TIMED_OUT_TEXT = "timed out";
export const noAnswerText = (ms: number) => `no answer from the SMTP server within ${ms} ms`;
const NO_ANSWER = /^no answer from the SMTP server within (\d+) ms$/;

export type DeliveryError = { kind: "no_smtp" } | { kind: "timed_out" } | { kind: "no_answer"; ms: number } | { kind: "other"; text: string };

/** What a stored delivery error says, when it is one of ours. */
export function parseDeliveryError(text: string): DeliveryError {
  if (text === NO_SMTP_TEXT) return { kind: "no_smtp" };
  if (text === TIMED_OUT_TEXT) return { kind: "timed_out" };
  const noAnswer = NO_ANSWER.exec(text);
  if (noAnswer) return { kind: "no_answer", ms: Number(noAnswer[1]) };
  return { kind: "other", text };
}
