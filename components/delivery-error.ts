import type { Locale } from "@/lib/format/locale";
import { parseDeliveryError } from "@/lib/mail/delivery-errors";
import { componentMessages } from "./messages";

/** A stored delivery error in the reader's language when msp-kpi gave it, else as the server answered. */
export function deliveryErrorWords(text: string, locale: Locale): string {
  const error = parseDeliveryError(text);
  const words = componentMessages(locale).deliveryError;
  switch (error.kind) {
    case "no_smtp":
    case "timed_out":
      return words[error.kind];
    case "no_answer":
      return words.no_answer(error.ms);
    case "other":
      return error.text;
  }
}
