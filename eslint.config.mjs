import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The one direction of imports: app → server → db → lib, with components beside app.
 * A pattern matches the import as written: the `@/x` alias, or a relative path that climbs to
 * the top folder (`../../db/x`). Package subpaths such as `next/server` stay allowed.
 * no-restricted-imports sees static imports and re-exports; dynamic `import()` is caught by a
 * selector on the same pattern, spelling "/" as \u002F because esquery's regex ends at a slash.
 */
const forbid = (layers, paths = []) => {
  const message = (name) => `This layer must not import ${name}/: imports run app → server → db → lib (see README, Architecture).`;
  const pattern = (name, slash) => `^(@${slash}|(\\.\\.${slash})+)${name}(${slash}|$)`;
  return {
    "no-restricted-imports": [
      "error",
      { paths, patterns: layers.map((name) => ({ regex: pattern(name, "/"), message: message(name) })) },
    ],
    "no-restricted-syntax": [
      "error",
      ...layers.map((name) => ({
        selector: `ImportExpression[source.value=/${pattern(name, "\\u002F")}/]`,
        message: message(name),
      })),
    ],
  };
};

// The React Compiler's checks (react-hooks v7) compile each file they see. React code lives in
// app/ and components/ only; elsewhere they compiled plain TypeScript (~4 s of a ~27 s lint).
const compilerRulesOff = Object.fromEntries(
  nextVitals
    .flatMap((config) => Object.keys(config.rules ?? {}))
    .filter((rule) => rule.startsWith("react-hooks/") && rule !== "react-hooks/rules-of-hooks" && rule !== "react-hooks/exhaustive-deps")
    .map((rule) => [rule, "off"]),
);

// Pages and components link through components/link.tsx, which prefetches a page when the user
// reaches for its link instead of every link in view.
const nextLink = { name: "next/link", message: "Use Link from @/components/link: it prefetches on hover or focus, not every link in view." };

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".next-*/**", "node_modules/**", ".data/**", "bench/out/**", "drizzle/**", "next-env.d.ts"]),
  {
    rules: {
      // A leading underscore marks a value left out on purpose (`const { secret: _s, ...rest } = row`).
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Next's `module` guard is for bundled code; tests and scripts run under plain Node and vitest.
    files: ["tests/**", "scripts/**", "bench/**", "cli/**"],
    rules: { "@next/next/no-assign-module-variable": "off" },
  },
  { ignores: ["app/**", "components/**"], rules: compilerRulesOff },
  { files: ["lib/**"], rules: forbid(["db", "server", "app", "components"]) },
  { files: ["app/**"], rules: forbid([], [nextLink]) },
  { files: ["components/**"], ignores: ["components/link.tsx"], rules: forbid(["db", "server"], [nextLink]) },
  { files: ["components/link.tsx"], rules: forbid(["db", "server"]) },
  { files: ["db/**"], rules: forbid(["server", "app"]) },
  { files: ["server/**"], rules: forbid(["app", "components"]) },
]);
