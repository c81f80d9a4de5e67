// Node module hook: "server-only" resolves as it does in a React server bundle (its empty module),
// so db/ and server/ modules marked server-only also load in the CLI and the scripts tsx runs. Every other
// import resolves as usual; in Next's client bundles the marker still fails the build.
export async function resolve(specifier, context, nextResolve) {
  if (specifier !== "server-only") return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}
