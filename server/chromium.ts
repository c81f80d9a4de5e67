// How msp-kpi starts Debian's headless chromium (QBR PDFs, browser tests). Without the background
// networking flags chromium keeps trying to reach Google's hosts, which a closed network refuses.
import "server-only";

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
