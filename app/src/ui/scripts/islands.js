// Loads the wasm once the first screen's pictures have arrived (on a slow phone network they, not the
// islands, are what the shopper waits for) and the browser is idle, then hydrates every island of the
// page in document order (lazily split islands fetch their own chunk first). Based on Leptos' island_script.js (MIT); it
// marks <body data-hydrated> once every island is live, for browser tests and anyone debugging.
((jsPath, wasmPath) => {
	const childrenCallbacks = [];
	async function traverse(node, mod) {
		if (node.nodeType !== Node.ELEMENT_NODE) return;
		const tag = node.tagName.toLowerCase();
		if (tag === "leptos-island") {
			await hydrateIsland(node, node.dataset.component || null, mod);
			for (const child of node.children) await traverse(child, mod);
		} else if (tag === "leptos-children") {
			childrenCallbacks.push(node.$$on_hydrate);
			for (const child of node.children) await traverse(child, mod);
			childrenCallbacks.pop();
		} else {
			for (const child of node.children) await traverse(child, mod);
		}
	}
	async function hydrateIsland(el, id, mod) {
		const islandFn = mod[id];
		if (!islandFn) {
			console.warn(`Could not find WASM function for the island ${id}.`);
			return;
		}
		const cb = childrenCallbacks[childrenCallbacks.length - 1];
		if (cb) cb();
		const res = islandFn(el);
		if (res && res.then) await res;
	}
	// Whole-page islands read the page's messages; the page names them with <link data-htx-messages>.
	const messages = () => {
		const link = document.querySelector("link[data-htx-messages]");
		if (!link) return Promise.resolve();
		return fetch(link.href).then((r) => r.text()).then((text) => { window.__htxMessages = text; });
	};
	const start = () => Promise.all([import(jsPath), messages()]).then(([mod]) =>
		mod.default({ module_or_path: wasmPath }).then(async () => {
			mod.hydrate();
			await traverse(document.body, mod);
			document.body.dataset.hydrated = "true";
		}));
	const whenIdle = () => {
		if ("requestIdleCallback" in window) window.requestIdleCallback(start, { timeout: 1500 });
		else setTimeout(start, 0);
	};
	// The first screen's pictures (fetchpriority="high") come first; pages without one start at once.
	const firstPictures = [...document.querySelectorAll('img[fetchpriority="high"]')]
		.filter((img) => !img.complete)
		.map((img) => new Promise((done) => {
			img.addEventListener("load", done, { once: true });
			img.addEventListener("error", done, { once: true });
		}));
	Promise.all(firstPictures).then(whenIdle);
})
