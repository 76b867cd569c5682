/**
 * The campaign forms' browser code must not import the callee normalizer (libphonenumber-js with its max metadata)
 * or the spreadsheet readers: they run in the Web Worker and on the server. One `import` in a shared schema file
 * once put 85 KB gzip of them on both forms' first load (bench:weight measures the bytes; this test names the
 * import). esbuild follows the forms' imports the way the browser bundle does: "use server" modules become
 * references (as Next compiles them for the client), `new Worker(new URL(…))` and `import()` are not followed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { build, type Metafile, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const FORMS = [
  "app/(console)/campaigns/cruise/_components/cruise-form.tsx",
  "app/(console)/campaigns/predictive/[sdkAppId]/[campaignId]/edit/_components/edit-campaign-form.tsx",
  "app/(console)/campaigns/predictive/new/_components/create-predictive-form.tsx",
];
/** Packages that belong in the worker or on the server only. */
const WORKER_ONLY_PACKAGES = ["libphonenumber-js", "read-excel-file", "fflate", "papaparse"];
/** Our modules that pull them in. */
const WORKER_ONLY_MODULES = [
  "lib/callees/pipeline.ts",
  "lib/callees/server.ts",
  "lib/callees/wire-field.ts",
  "lib/callees/worker/handler.ts",
  "lib/callees/files/index.ts",
];

/** A "use server" module is only a reference in the browser bundle: its imports are not followed. */
const serverActionsAsReferences: Plugin = {
  name: "server-actions-as-references",
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.tsx?$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (!/^\s*["']use server["']/.test(source)) return undefined;
      const names = [...source.matchAll(/^export (?:async )?(?:const|function) (\w+)/gm)].map((m) => m[1]);
      return { contents: names.map((name) => `export const ${name} = undefined;`).join("\n"), loader: "ts" };
    });
  },
};

async function browserGraph(entry: string): Promise<Metafile> {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "browser",
    jsx: "automatic",
    // Packages stay external (their imports are listed in the metafile); dynamic imports are not followed.
    packages: "external",
    splitting: true,
    outdir: "out",
    logLevel: "silent",
    plugins: [serverActionsAsReferences],
  });
  return result.metafile;
}

/** Modules and packages statically reachable from the entry (dynamic imports excluded). */
function staticImports(metafile: Metafile): { modules: string[]; packages: string[] } {
  const entryChunk = Object.values(metafile.outputs).find((output) => output.entryPoint);
  const modules = Object.keys(entryChunk?.inputs ?? {});
  // Shared chunks the entry imports statically are part of its first load too.
  for (const imported of entryChunk?.imports ?? []) {
    if (imported.kind === "import-statement")
      modules.push(...Object.keys(metafile.outputs[imported.path]?.inputs ?? {}));
  }
  const packages = new Set<string>();
  for (const module of modules) {
    for (const imported of metafile.inputs[module]?.imports ?? []) {
      if (imported.external && imported.kind === "import-statement") packages.add(imported.path);
    }
  }
  return { modules, packages: [...packages] };
}

describe("campaign forms' browser imports", () => {
  it.each(FORMS)("%s imports no normalizer or spreadsheet reader", async (form) => {
    const { modules, packages } = staticImports(await browserGraph(form));
    // The graph really is the form's: it reaches the list input and its worker client.
    expect(modules).toContain("components/callee-list/callee-list-input.tsx");
    expect(modules).toContain("components/callee-list/use-callee-worker.ts");
    expect(modules.filter((m) => WORKER_ONLY_MODULES.includes(m))).toEqual([]);
    expect(packages.filter((p) => WORKER_ONLY_PACKAGES.some((name) => p === name || p.startsWith(`${name}/`)))).toEqual(
      [],
    );
  });
});
