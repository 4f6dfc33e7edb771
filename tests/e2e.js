'use strict';
/*
 * The path of a new member, in a real browser: headless Chromium (the
 * system's) driven by puppeteer-core.  Signs up, confirms through the
 * mail file, logs out and in, publishes an article with an image, finds
 * it on the territory home (logged in, then as an anonymous visitor) and
 * in the territory's Atom feed, and logs out.  Speaks TAP; run by
 * tests/e2e.test, which passes:
 *   ECHO_TEST_URL, ECHO_TEST_VAR  the test instance
 *   CHROMIUM                      the browser to drive
 *   E2E_TMP                       a folder of this run (browser profile, image)
 *
 * Every field is filled and every button pressed as a person does it:
 * keystrokes into labelled controls, a click on the button, then a wait
 * for the page that follows.  A step that fails prints the page's text
 * and a screenshot's path; the steps after it are skipped, as they build
 * on it.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const puppeteer = require('puppeteer-core');

const BASE = process.env.ECHO_TEST_URL;
const MAILDIR = path.join(process.env.ECHO_TEST_VAR, 'mail');
const SHOTS = path.join(process.env.ECHO_TEST_VAR, 'e2e');
const WORK = process.env.E2E_TMP;
const WAIT = 10000;		/* ms for one page or element */
const BUDGET = 60000;		/* ms for the whole run */

const RUN = Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
const NAME = `Camille Testeur ${RUN}`;
const EMAIL = `e2e.${RUN}@example.org`;
const PASSWORD = `une phrase de passe ${RUN}`;
const TITLE = `Des aurores boréales au-dessus du Vercors ${RUN}`;
const ALT = `Un dégradé de couleurs (essai ${RUN})`;
const PNG_W = 48, PNG_H = 32;

/* ---- TAP ---------------------------------------------------------------- */

let n = 0, failed = 0, stopped = null;

function diag(text) {
	for (const line of String(text).split('\n'))
		console.log(`# ${line}`);
}

/* step(description, fn, shown): one TAP line.  fn throws to fail; the
 * page is then shown, unless the step is about every page seen. */
async function step(desc, fn, shown = true) {
	n++;
	if (stopped !== null) {
		console.log(`ok ${n} - ${desc} # SKIP ${stopped}`);
		return;
	}
	try {
		await fn();
		console.log(`ok ${n} - ${desc}`);
	} catch (e) {
		failed++;
		console.log(`not ok ${n} - ${desc}`);
		diag(e && e.message ? e.message : String(e));
		if (shown)
			await showPage(n);
		stopped = `step ${n} failed`;
	}
}

function check(cond, msg) {
	if (!cond)
		throw new Error(msg);
}

/* ---- The browser -------------------------------------------------------- */

let browser = null, page = null;
const problems = [];		/* resources that failed, script errors */

/* What the page showed, for a failed step. */
async function showPage(num) {
	if (page === null || page.isClosed())
		return;
	try {
		diag(`page: ${page.url()}`);
		const text = await page.evaluate(() => {
			const el = document.querySelector('main') || document.body;
			return (el && el.innerText) || document.documentElement.textContent || '';
		});
		diag(text.split('\n').filter(l => l.trim()).slice(0, 30).join('\n'));
		fs.mkdirSync(SHOTS, { recursive: true });
		const shot = path.join(SHOTS, `step-${num}.png`);
		await page.screenshot({ path: shot, fullPage: true });
		diag(`screenshot: ${shot}`);
	} catch (e) {
		diag(`(the page could not be shown: ${e.message})`);
	}
}

/* Watches a tab: any resource of ours that fails, any script error. */
function watch(p) {
	p.setDefaultTimeout(WAIT);
	p.on('pageerror', e => problems.push(`script error on ${p.url()}: ${e.message}`));
	/* ERR_ABORTED: a load cut short by the next page, not a fault. */
	p.on('requestfailed', r => {
		if (r.failure().errorText !== 'net::ERR_ABORTED')
			problems.push(`${r.url()}: ${r.failure().errorText}`);
	});
	/* /favicon.ico: asked by the browser itself for the feed, which
	 * names no icon; the pages name theirs. */
	p.on('response', r => {
		if (r.status() >= 400 && !restarting(r) && r.url().startsWith(BASE) &&
		    new URL(r.url()).pathname !== '/favicon.ico')
			problems.push(`${r.url()}: HTTP ${r.status()}`);
	});
	return p;
}

/* 502 or 503 from nginx: the workers were restarting (another test
 * rebuilt the program while this one ran); a person would try again. */
function restarting(res) {
	return res !== null && (res.status() === 502 || res.status() === 503);
}

const sleep = ms => new Promise(r => setTimeout(r, ms));

/* Links and buttons with nothing to say (no text, label or image
 * alternative) on the page shown: a screen reader's user is lost there. */
const mute = new Set();
async function audit(p) {
	const found = await p.evaluate(() => Array.from(
	    document.querySelectorAll('a[href], button')).filter(el =>
		el.textContent.trim() === '' && !el.getAttribute('aria-label') &&
		!el.getAttribute('title') &&
		!Array.from(el.querySelectorAll('img[alt]')).some(i => i.alt.trim()))
	    .map(el => el.outerHTML.slice(0, 120))).catch(() => []);
	for (const f of found)
		mute.add(`${new URL(p.url()).pathname}: ${f}`);
}

/* Opens an address as if typed, again while the workers restart. */
async function open(p, url) {
	let res;
	for (let i = 0; i < 8; i++) {
		res = await p.goto(url.startsWith('http') ? url : BASE + url,
		    { waitUntil: 'load' });
		if (!restarting(res))
			break;
		await sleep(400);
	}
	await audit(p);
	return res;
}

/* Clicks what leads to another page and waits for that page.  A link
 * met restarting workers is opened again; a form is not sent twice. */
async function follow(p, handle) {
	const [res] = await Promise.all([
		p.waitForNavigation({ waitUntil: 'load' }),
		handle.click(),
	]);
	if (restarting(res) && res.request().method() === 'GET')
		return open(p, res.url());
	await audit(p);
	return res;
}

/* The form control a person finds by its label: [name=…] (and value, for
 * a radio button), which must have a visible label. */
async function control(p, name, value) {
	const sel = value === undefined ? `[name="${name}"]` :
	    `[name="${name}"][value="${value}"]`;
	const h = await p.$(`main ${sel}`);
	check(h !== null, `no form control ${sel} on ${p.url()}`);
	const label = await h.evaluate(el =>
	    Array.from(el.labels || []).map(l => l.innerText.trim()).join(' ') ||
	    el.getAttribute('aria-label') || '');
	check(label !== '', `the control ${sel} has no label`);
	return h;
}

async function type(p, name, text) {
	const h = await control(p, name);
	await h.click({ count: 3 });
	await h.type(text);
}

async function choose(p, name, value) {
	const h = await control(p, name);
	const tag = await h.evaluate(el => el.tagName.toLowerCase());
	if (tag === 'select') {
		const got = await h.select(value);
		check(got.length === 1, `no choice "${value}" in the list ${name}`);
	} else {
		await (await control(p, name, value)).click();
	}
}

/* The submit button of the form a control belongs to. */
async function submitOf(p, name, button) {
	const h = await control(p, name);
	const b = await h.evaluateHandle((el, sel) =>
	    el.form && el.form.querySelector(sel), button || 'button[type="submit"], button:not([type])');
	check(b.asElement() !== null, `no submit button in the form of ${name}`);
	return b.asElement();
}

/* The page a navigation ended on is a page: 200, text/html. */
function shows(res, what) {
	const type = res.headers()['content-type'] || '';
	check(res.status() === 200, `${what} answered ${res.status()}`);
	check(/^text\/html/.test(type), `${what} is served as "${type}", not as a page`);
}

async function text(p, sel) {
	return p.$eval(sel, el => el.innerText.trim()).catch(() => null);
}

/* The name in the header's account row, or null for a visitor. */
async function viewer(p) {
	return text(p, 'header .account-nav .account-name');
}

/* The header's logout button; pressed again if the workers were
 * restarting (logging out twice does no harm). */
async function logout(p) {
	const back = p.url();
	for (let i = 0; ; i++) {
		const b = await p.$('header form[action="/deconnexion"] button');
		check(b !== null, `no logout button in the header of ${p.url()}`);
		const res = await follow(p, b);
		if (!restarting(res) || i === 5) {
			shows(res, `logging out`);
			break;
		}
		await sleep(400);
		await open(p, back);
		if (await viewer(p) === null)
			break;
	}
	check(await viewer(p) === null, 'the header still shows a member after logging out');
}

/* ---- Test data ------------------------------------------------------------ */

/* A small real PNG: a colour gradient, PNG_W × PNG_H, 8-bit RGB. */
function png() {
	const table = [];
	for (let i = 0; i < 256; i++) {
		let c = i;
		for (let k = 0; k < 8; k++)
			c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table.push(c >>> 0);
	}
	const crc = buf => {
		let c = 0xffffffff;
		for (const b of buf)
			c = table[(c ^ b) & 0xff] ^ (c >>> 8);
		return (c ^ 0xffffffff) >>> 0;
	};
	const chunk = (type, data) => {
		const head = Buffer.alloc(8), tail = Buffer.alloc(4);
		head.writeUInt32BE(data.length, 0);
		head.write(type, 4, 'ascii');
		tail.writeUInt32BE(crc(Buffer.concat([head.subarray(4), data])), 0);
		return Buffer.concat([head, data, tail]);
	};
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(PNG_W, 0);
	ihdr.writeUInt32BE(PNG_H, 4);
	ihdr.set([8, 2, 0, 0, 0], 8);
	const raw = Buffer.alloc(PNG_H * (1 + PNG_W * 3));
	for (let y = 0; y < PNG_H; y++)
		for (let x = 0; x < PNG_W; x++)
			raw.set([x * 5, y * 8, 200], y * (1 + PNG_W * 3) + 1 + x * 3);
	return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
	    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)),
	    chunk('IEND', Buffer.alloc(0))]);
}

/* The newest mail to an address, decoded, or null. */
function mailTo(addr) {
	let files;
	try {
		files = fs.readdirSync(MAILDIR).filter(f => f.endsWith('.eml')).sort().reverse();
	} catch (e) {
		return null;
	}
	for (const f of files) {
		const m = fs.readFileSync(path.join(MAILDIR, f), 'utf8').replace(/\r\n/g, '\n');
		const cut = m.indexOf('\n\n');
		const head = m.slice(0, cut), body = m.slice(cut + 2);
		if (!new RegExp(`^To: *<?${addr.replace(/[.+]/g, '\\$&')}>?$`, 'mi').test(head))
			continue;
		if (/^Content-Transfer-Encoding: *quoted-printable/mi.test(head))
			return Buffer.from(body.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/gi,
			    (_, h) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
		return body;
	}
	return null;
}

async function poll(what, fn, ms) {
	const end = Date.now() + ms;
	for (;;) {
		const v = await fn();
		if (v)
			return v;
		check(Date.now() < end, `${what}: nothing after ${ms / 1000} s`);
		await sleep(250);
	}
}

/* ---- The flow --------------------------------------------------------------- */

async function flow() {
	const image = path.join(WORK, 'aurore.png');
	fs.writeFileSync(image, png());
	browser = await puppeteer.launch({
		executablePath: process.env.CHROMIUM,
		headless: true,
		userDataDir: path.join(WORK, 'profile'),
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic',
		    '--disable-dev-shm-usage', '--lang=fr-FR', '--accept-lang=fr-FR,fr'],
	});
	page = watch(await browser.newPage());
	await page.setViewport({ width: 390, height: 844 });	/* a phone */
	let link = null, article = null;

	await step('the sign-up form (/inscription) creates an account and says a mail is on its way', async () => {
		const res = await open(page, '/inscription');
		shows(res, `/inscription`);
		await choose(page, 'genre', 'person');
		await type(page, 'nom', NAME);
		await type(page, 'courriel', EMAIL);
		await type(page, 'mot_de_passe', PASSWORD);
		await choose(page, 'territoire', 'grenoble');
		const after = await follow(page, await submitOf(page, 'nom'));
		shows(after, `the sign-up`);
		check(await page.$('[aria-invalid="true"]') === null, 'the form came back with errors');
		check(await text(page, 'main .account-email') === EMAIL,
		    'the page does not name the address the mail went to');
	});

	await step('a confirmation mail with its link arrives in the mail folder', async () => {
		const body = await poll(`a mail to ${EMAIL}`, () => mailTo(EMAIL), 5000);
		const m = body.match(/https?:\/\/[^\s]+\/confirmation\?jeton=[A-Za-z0-9_-]+/);
		check(m !== null, `no confirmation link in the mail:\n${body}`);
		link = m[0];
	});

	await step('the link confirms the address and logs in', async () => {
		const res = await open(page, link);
		shows(res, `the link`);
		check(await viewer(page) === NAME,
		    `the header shows "${await viewer(page)}", not the new member`);
	});

	await step('the logout button in the header closes the session', async () => {
		await logout(page);
	});

	await step('logging in again through the header\'s link and /connexion', async () => {
		const a = await page.$('header a[href^="/connexion"]');
		check(a !== null, 'no login link in the header');
		shows(await follow(page, a), `the login link`);
		check(new URL(page.url()).pathname === '/connexion', `the login link led to ${page.url()}`);
		await type(page, 'courriel', EMAIL);
		await type(page, 'mot_de_passe', PASSWORD);
		const res = await follow(page, await submitOf(page, 'mot_de_passe'));
		shows(res, `logging in`);
		check(await viewer(page) === NAME, 'the header does not show the member after logging in');
	});

	await step('"Je contribue" leads to the article form', async () => {
		const a = await page.$('a[href="/contribuer"]');
		check(a !== null, `no link to "Je contribue" (/contribuer) on ${page.url()}`);
		let res = await follow(page, a);
		shows(res, `/contribuer`);
		const b = await page.$('main a[href="/contribuer/article"]');
		check(b !== null, 'no link to /contribuer/article on "Je contribue"');
		res = await follow(page, b);
		shows(res, `/contribuer/article`);
	});

	await step('the filled form, with an image, publishes the article', async () => {
		await type(page, 'titre', TITLE);
		await type(page, 'chapo', 'Une nuit de mars, le ciel s’est teinté de vert.');
		await type(page, 'texte', '## Ce qui s’est passé\n\nUne **tempête solaire** a atteint la Terre.\n\n- vert\n- rouge\n');
		await choose(page, 'theme', 'espace');
		await type(page, 'tags', 'aurores, soleil');
		await choose(page, 'territoire', 'grenoble');
		const file = await control(page, 'image');
		await file.uploadFile(image);
		await type(page, 'image_alt', ALT);
		const res = await follow(page,
		    await submitOf(page, 'titre', 'button[name="action"][value="publier"]'));
		shows(res, `publishing`);
		check(await page.$('[aria-invalid="true"]') === null, 'the form came back with errors');
		const h1 = await text(page, 'main h1');
		check(h1 === TITLE, `the page after publishing is "${h1}", not the article`);
		article = new URL(page.url()).pathname;
	});

	await step('the article\'s page shows the image, served from /media/ as a PNG', async () => {
		const img = await page.$(`main img[alt="${ALT}"]`);
		check(img !== null, 'no image with the alternative text on the article\'s page');
		const [src, width] = await img.evaluate(el => [el.getAttribute('src'), el.naturalWidth]);
		check(/^\/media\//.test(new URL(src, BASE).pathname) , `the image is at ${src}`);
		check(width === PNG_W, `the browser decoded the image ${width} px wide, not ${PNG_W}`);
		const res = await page.evaluate(async u => {
			const r = await fetch(u);
			return [r.status, r.headers.get('content-type')];
		}, src);
		check(res[0] === 200 && res[1] === 'image/png', `the image answered ${res[0]} ${res[1]}`);
	});

	const listed = async p => {
		const res = await open(p, '/grenoble/');
		shows(res, `/grenoble/`);
		return p.$$eval('main a[href]', (as, want) => as.some(a =>
		    new URL(a.href).pathname === want[0] && a.innerText.includes(want[1])),
		    [article, TITLE]);
	};

	await step('the territory home /grenoble/ lists it (logged in)', async () => {
		check(await listed(page), 'no link to the article on /grenoble/');
	});

	await step('an anonymous visitor sees it on /grenoble/ within seconds', async () => {
		const ctx = await browser.createBrowserContext();
		try {
			const anon = watch(await ctx.newPage());
			await poll('the article on /grenoble/ for a visitor', () => listed(anon), 5000);
		} finally {
			await ctx.close();
		}
	});

	await step('the territory\'s Atom feed /grenoble/articles.atom has an entry for it', async () => {
		const ctx = await browser.createBrowserContext();
		try {
			const anon = watch(await ctx.newPage());
			const res = await open(anon, '/grenoble/articles.atom');
			check(res.status() === 200, `the feed answered ${res.status()}`);
			check(/^application\/atom\+xml/.test(res.headers()['content-type']),
			    `the feed is served as ${res.headers()['content-type']}`);
			const xml = await res.text();
			const esc = TITLE.replace(/&/g, '&amp;').replace(/</g, '&lt;');
			const entry = (xml.match(/<entry[\s>][\s\S]*?<\/entry>/g) || []).find(e =>
			    e.includes(`>${esc}</title>`) &&
			    (e.match(/<link[^>]*href="([^"]+)"/g) || []).some(l =>
				new URL(l.replace(/.*href="([^"]+)".*/, '$1')).pathname === article));
			check(entry !== undefined, `no entry with the title and ${article} in the feed`);
		} finally {
			await ctx.close();
		}
	});

	await step('logging out; the account page then asks to log in', async () => {
		await logout(page);
		const res = await open(page, '/compte');
		shows(res, `/compte`);
		check(new URL(page.url()).pathname === '/connexion', `/compte led to ${page.url()}`);
		check(await page.$('main input[name="mot_de_passe"]') !== null, 'no login form');
	});

	await step('no page had a broken resource or a script error', async () => {
		check(problems.length === 0, problems.join('\n'));
	}, false);

	await step('every link and button on the pages seen has a name', async () => {
		check(mute.size === 0, [...mute].join('\n'));
	}, false);
}

async function main() {
	const timer = setTimeout(() => {
		console.log(`not ok ${n + 1} - the whole flow ends within ${BUDGET / 1000} s`);
		console.log(`1..${n + 1}`);
		if (browser !== null)
			browser.process().kill('SIGKILL');
		process.exit(1);
	}, BUDGET);
	const t0 = Date.now();
	try {
		await flow();
	} catch (e) {
		n++;
		failed++;
		console.log(`not ok ${n} - the browser runs the flow to its end`);
		diag(e.stack || String(e));
	} finally {
		if (browser !== null)
			await browser.close().catch(() => {});
	}
	clearTimeout(timer);
	diag(`the flow took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
	console.log(`1..${n}`);
	process.exit(failed === 0 ? 0 : 1);
}

main();
