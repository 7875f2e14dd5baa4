// custom-elements.json from the elements' JSDoc (`npm run manifest`, part of `npm run build`). It is generated into
// dist/ and never committed: scripts/api-docs.mjs generates it afresh to check the API tables of docs/elements/.
import { classModule, defineModule, elements, packageEntries } from './scripts/elements.mjs';

const outdir = process.env.MANIFEST_OUTDIR || 'dist';

/**
 * Elements register through defineElement(), which the analyzer does not read, so their tags and definitions come
 * from the element list.
 */
function elementListPlugin() {
  return {
    name: 'news-widgets-element-list',
    packageLinkPhase({ customElementsManifest }) {
      const moduleAt = path => customElementsManifest.modules.find(module => module.path === path);
      for (const element of elements) {
        const declaration = moduleAt(classModule(element))?.declarations?.find(candidate => candidate.name === element.className);
        if (!declaration) throw new Error(`${classModule(element)} declares no class ${element.className} (scripts/elements.mjs)`);
        declaration.tagName = element.tag;
        declaration.customElement = true;
        const definer = moduleAt(defineModule(element));
        if (!definer) throw new Error(`${defineModule(element)} was not analyzed`);
        definer.exports = [
          ...(definer.exports ?? []),
          { kind: 'custom-element-definition', name: element.tag, declaration: { name: element.className, module: classModule(element) } },
        ];
      }
    },
  };
}

/**
 * The manifest ships in the package, where src/ is not: module paths become the published files, the built module
 * for the package's entries and the declarations for the rest (the shared base class).
 */
function publishedPathsPlugin() {
  const built = new Map(Object.entries(packageEntries()).map(([name, source]) => [source, `dist/${name}.js`]));
  // The analyzer names a module by its source path, except in superclass links ("/src/....js").
  const published = path => {
    const source = path.replace(/^\//, '').replace(/\.js$/, '.ts');
    return built.get(source) ?? source.replace(/^src\/(.*)\.ts$/, 'dist/$1.d.ts');
  };
  const rewrite = node => {
    if (Array.isArray(node)) node.forEach(rewrite);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'path' || key === 'module') && typeof value === 'string' && /^\/?src\//.test(value)) node[key] = published(value);
        else rewrite(value);
      }
    }
  };
  return { name: 'news-widgets-published-paths', packageLinkPhase: ({ customElementsManifest }) => rewrite(customElementsManifest) };
}

/**
 * The manifest ships to editors, Storybook and the generated editor files, which show whatever it lists: it keeps
 * the public API only. Modules that are neither an element's class nor its define module go (their members reach
 * the elements through inheritance, already copied into each element), and so do private and protected members
 * and `#fields`.
 */
function publicApiPlugin() {
  const published = new Set(elements.flatMap(element => [classModule(element), defineModule(element)]));
  const isPublic = member => (!member.privacy || member.privacy === 'public') && !member.name.startsWith('#');
  return {
    name: 'news-widgets-public-api',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = customElementsManifest.modules.filter(module => published.has(module.path));
      for (const declaration of customElementsManifest.modules.flatMap(module => module.declarations ?? [])) {
        if (declaration.members) declaration.members = declaration.members.filter(isPublic);
      }
    },
  };
}

export default {
  // Every element module, not only the listed ones: members and JSDoc are inherited through shared base classes
  // (NewsElement, and whatever an element folder adds), which the analyzer must read to list them.
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts'],
  outdir,
  litelement: true,
  packagejson: false,
  plugins: [elementListPlugin(), publicApiPlugin(), publishedPathsPlugin()],
};
