const fs = require('fs');
const path = require('path');
const { parallel, series, task, src, dest } = require('gulp');

// tsc emits only JavaScript; n8n also needs the node and credential icons next to the built files.
function copyIcons() {
	return parallel(
		() => src(path.resolve('nodes', '**', '*.{png,svg}'), { encoding: false }).pipe(dest(path.resolve('dist', 'nodes'))),
		() => src(path.resolve('credentials', '**', '*.{png,svg}'), { encoding: false }).pipe(dest(path.resolve('dist', 'credentials'))),
	);
}

/**
 * n8n requires every node and credential file at start. Required one by one, the ~270 modules tsc emits cost n8n
 * about 56 ms; one file holding them all costs about 26 ms (`npm run bench:load`). So the modules go into
 * dist/bundle.js, each in a function run on first require like Node runs a module (cycles included), and each file
 * the package.json `n8n` attribute names becomes a one-line stub that loads its module from there.
 */
function bundleModules(done) {
	const root = __dirname;
	const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
	const entries = [...manifest.n8n.nodes, ...manifest.n8n.credentials].map((file) => path.join(root, file));
	const bundleFile = path.join(root, 'dist', 'bundle.js');
	const RELATIVE_REQUIRE = /require\("(\.{1,2}\/[^"]+)"\)/g;
	const ids = new Map();
	const order = [];
	const resolveFrom = (from, specifier) => {
		const base = path.resolve(path.dirname(from), specifier);
		const found = [base, `${base}.js`, path.join(base, 'index.js')].find((file) => file.endsWith('.js') && fs.existsSync(file) && fs.statSync(file).isFile());
		if (!found) throw new Error(`bundle: cannot resolve "${specifier}" from ${path.relative(root, from)} to a .js file`);
		return found;
	};
	const collect = (file) => {
		if (ids.has(file)) return;
		ids.set(file, order.length);
		order.push(file);
		for (const match of fs.readFileSync(file, 'utf8').matchAll(RELATIVE_REQUIRE)) collect(resolveFrom(file, match[1]));
	};
	entries.forEach(collect);

	const modules = order.map((file) => {
		const code = fs.readFileSync(file, 'utf8');
		const links = {};
		for (const match of code.matchAll(RELATIVE_REQUIRE)) links[match[1]] = ids.get(resolveFrom(file, match[1]));
		// Parenthesised: V8 compiles the function at once instead of pre-parsing it and parsing it again on first call.
		return `// ${path.relative(path.join(root, 'dist'), file)}\n[${JSON.stringify(links)}, (function (exports, require, module) {\n${code}\n})]`;
	});
	const loader = `
const loaded = [];
function load(id) {
	if (loaded[id]) return loaded[id].exports;
	const [links, run] = modules[id];
	const module = { exports: {} };
	loaded[id] = module;
	run.call(module.exports, module.exports, (specifier) => (specifier in links ? load(links[specifier]) : require(specifier)), module);
	return module.exports;
}
exports.load = load;
`;
	fs.writeFileSync(bundleFile, `"use strict";\n// Built by gulpfile.js (bundleModules) from tsc's output.\nconst modules = [\n${modules.join(',\n')}\n];\n${loader}`);
	// The bundled modules, and those nothing requires at run time (type-only), leave dist.
	const builtJs = fs.readdirSync(path.join(root, 'dist'), { recursive: true }).map((file) => path.join(root, 'dist', file));
	for (const file of builtJs) if (file.endsWith('.js') && file !== bundleFile && !entries.includes(file)) fs.rmSync(file);
	for (const entry of entries) {
		const relative = path.relative(path.dirname(entry), bundleFile).split(path.sep).join('/');
		fs.writeFileSync(entry, `"use strict";\nmodule.exports = require(${JSON.stringify(relative.startsWith('.') ? relative : `./${relative}`)}).load(${ids.get(entry)});\n`);
	}
	done();
}

task('build:icons', copyIcons());
task('build:bundle', bundleModules);
task('build', series('build:bundle', 'build:icons'));
