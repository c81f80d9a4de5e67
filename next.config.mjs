/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its wasm and data files at run time; postgres.js must not be bundled either.
  serverExternalPackages: ["@electric-sql/pglite", "postgres"],
  poweredByHeader: false,
  // Lets parallel checkouts of the work tree build side by side (tests set it per worker when needed).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm test` runs `tsc --noEmit` over the whole project (app, tests, scripts) first; checking
  // again inside every production build would only repeat it.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // proxy.ts makes Next buffer each request body for it, cut at this size (10 MB by default): one
    // byte over the upload limit (MAX_UPLOAD_BYTES, 200 MB) lets the upload route see a body that is
    // too large and refuse it, instead of storing the first part of the file.
    proxyClientMaxBodySize: 200 * 1024 * 1024 + 1,
    // CI builds a clean checkout once and throws it away: writing Turbopack's build cache (which
    // makes the next local build ~2× faster) would only cost it ~10 s.
    turbopackFileSystemCacheForBuild: !process.env.CI,
  },
};

export default nextConfig;
