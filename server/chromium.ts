// How msp-kpi starts Debian's headless chromium (QBR PDFs, browser tests). Without the background
// networking flags chromium keeps trying to reach Google's hosts, which a closed network refuses.
import "server-only";
import { existsSync } from "node:fs";
import { env } from "@/lib/env";

/**
 * Where Debian's packages install chromium, preferred first: `chromium-headless-shell` is built for
 * pages without a window and draws one of ours with about a third less CPU than the full browser,
 * which renders the same pages and PDFs.
 */
const DEBIAN_CHROMIUMS = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"] as const;

/** CHROMIUM_PATH when set, else the first of Debian's chromiums that is installed (the full one when neither is, for the error). */
export function chromiumPath(configured = env.CHROMIUM_PATH, installed: (path: string) => boolean = existsSync): string {
  return configured ?? DEBIAN_CHROMIUMS.find(installed) ?? DEBIAN_CHROMIUMS[1];
}

/** What playwright-core disables itself (its chromiumSwitches); tests/chromium/launch.test.ts checks ours still holds all. */
const PLAYWRIGHT_DISABLED_FEATURES = [
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
  "msForceBrowserSignIn",
  "msEdgeUpdateLaunchServicesPreferredVersion",
];

// Headless chromium opens each page in a whole browser window, and each window preloads its
// toolbar's two omnibox popups (chrome://omnibox-popup.top-chrome/, WebUI apps of their own): about
// 1.2 CPU-s per new page, more than drawing most of our pages. Chromium honours only the last
// --disable-features it is given, and playwright-core passes its own first, so this one repeats
// playwright-core's list.
const DISABLED_FEATURES = [...PLAYWRIGHT_DISABLED_FEATURES, "WebUIOmniboxPopup", "WebUIOmniboxAimPopup"];

export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  `--disable-features=${DISABLED_FEATURES.join(",")}`,
];
