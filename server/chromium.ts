// How msp-kpi starts Debian's headless chromium (QBR PDFs, browser tests). Without the background
// networking flags chromium keeps trying to reach Google's hosts, which a closed network refuses.
import "server-only";

export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
