// Modules that a framework or bundler generates or provides at build time, so no
// repository ever commits them: the one table of these conventions. An import that
// matches a row is reported as a `generated` notice naming the tool, never as a
// missing file. To teach the check another framework, add a row.

export interface Generator {
  /** The tool, as the notice names it. */
  name: string;
  /** What creates the files ahead of a type check or build, for the advice. */
  command: string;
  /** Directories the tool writes (a path segment anywhere in the repository). */
  directories: readonly string[];
  /** File names the tool writes beside the project. */
  files: readonly string[];
  /** Bare specifiers the tool provides: exact, or a prefix ending in `*`. */
  specifiers: readonly string[];
  /**
   * Relative specifiers the tool generates in a shadow tree (found through tsconfig
   * `rootDirs`): a last segment (extension dropped), or `folder/*` for any module in
   * a folder of that name.
   */
  relativeNames: readonly string[];
}

export const GENERATORS: readonly Generator[] = [
  {
    name: 'SvelteKit',
    command: 'svelte-kit sync',
    directories: ['.svelte-kit'],
    files: [],
    // `$app/*`, `$env/*`, `$service-worker` and `__sveltekit/*` are modules of the SvelteKit Vite plugin.
    specifiers: ['$app/*', '$env/*', '$service-worker', '__sveltekit/*'],
    // `./$types` of a route lives in .svelte-kit/types/…, found through rootDirs.
    relativeNames: ['$types'],
  },
  {
    name: 'Nuxt',
    command: 'nuxi prepare',
    directories: ['.nuxt', '.output'],
    files: [],
    // Aliases and virtual modules Nuxt writes into .nuxt/ or serves from its Vite plugin.
    specifiers: ['#imports', '#app', '#app/*', '#app-manifest', '#build', '#build/*', '#components', '#head', '#internal/*', '#vue-router', '#unhead/*', '#shared', '#shared/*', '#server', '#server/*'],
    relativeNames: [],
  },
  {
    name: 'Astro',
    command: 'astro sync',
    directories: ['.astro'],
    files: [],
    specifiers: ['astro:*'],
    relativeNames: [],
  },
  {
    name: 'Next.js',
    command: 'next build (or next dev)',
    directories: ['.next'],
    files: ['next-env.d.ts'],
    specifiers: [],
    relativeNames: [],
  },
  {
    // reactrouter.com, "Route Module Type Safety": types go to .react-router/ (gitignored),
    // imported as `./+types/<route>` through rootDirs [".", "./.react-router/types"].
    name: 'React Router',
    command: 'react-router typegen',
    directories: ['.react-router'],
    files: [],
    specifiers: [],
    relativeNames: ['+types/*'],
  },
  {
    // `~icons/{collection}/{icon}`: components the plugin builds from Iconify sets on demand.
    name: 'unplugin-icons',
    command: 'its Vite, Rollup or webpack plugin, at build time',
    directories: [],
    files: [],
    specifiers: ['~icons/*', 'virtual:icons/*'],
    relativeNames: [],
  },
  {
    name: 'Vite',
    command: 'vite build (a plugin serves it)',
    directories: [],
    files: [],
    // Virtual modules by convention, and ids Vite's own plugins resolve.
    specifiers: ['virtual:*', 'vite/modulepreload-polyfill', '/@vite/*', '/@id/*', '/@fs/*', '/@react-refresh'],
    relativeNames: [],
  },
];

function matchesSpecifier(pattern: string, specifier: string): boolean {
  return pattern.endsWith('*') ? specifier.startsWith(pattern.slice(0, -1)) : specifier === pattern;
}

/** The generator that provides a bare (or root-relative) specifier. */
export function generatorOfSpecifier(specifier: string): Generator | undefined {
  return GENERATORS.find((generator) => generator.specifiers.some((pattern) => matchesSpecifier(pattern, specifier)));
}

/** The generator whose output a repository path lies in (a generated directory, or a generated file name). */
export function generatorOfPath(path: string): Generator | undefined {
  const segments = path.split('/');
  const name = segments.at(-1)!;
  return GENERATORS.find((generator) =>
    generator.files.includes(name) || segments.some((segment, i) => i < segments.length - 1 && generator.directories.includes(segment)));
}

/** The generator of a relative specifier's shadow module, such as SvelteKit's `./$types` or React Router's `./+types/root`. */
export function generatorOfRelative(specifier: string): Generator | undefined {
  const slash = specifier.lastIndexOf('/');
  const last = specifier.slice(slash + 1);
  const dot = last.indexOf('.');
  const stem = dot < 0 ? last : last.slice(0, dot);
  const folder = `${specifier.slice(specifier.lastIndexOf('/', slash - 1) + 1, slash)}/*`;
  return GENERATORS.find((generator) => generator.relativeNames.includes(stem) || generator.relativeNames.includes(folder));
}
