/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its wasm and data files at run time; postgres.js must not be bundled either.
  serverExternalPackages: ["@electric-sql/pglite", "postgres"],
  poweredByHeader: false,
  // Lets parallel checkouts of the work tree build side by side (tests set it per worker when needed).
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
