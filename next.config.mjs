/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its wasm and data files at run time; postgres.js must not be bundled either.
  serverExternalPackages: ["@electric-sql/pglite", "postgres"],
  poweredByHeader: false,
};

export default nextConfig;
