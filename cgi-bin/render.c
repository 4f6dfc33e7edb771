#include <sys/stat.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlIO.h>
#include <libxml/xpathInternals.h>
#include <libxslt/imports.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>
#include <libxslt/extensions.h>
#include <libexslt/exslt.h>

#include "render.h"
#include "ui.h"

#define RENDER_MAX 32

struct sheet {
	char			 name[32];
	xsltStylesheetPtr	 style;
	char			 ctype[64];
};

struct render {
	char			*dir;
	int			 reload;
	time_t			 compiled;	/* newest mtime when compiled */
	struct sheet		 sheets[RENDER_MAX];
	size_t			 nsheets;
	xsltSecurityPrefsPtr	 sec;
	struct ui_strings	*ui[RENDER_NLANG];	/* render_langs' order */
};

const char *const render_langs[RENDER_NLANG] = { "fr", "en" };

/*
 * ui:t('key'): the UI string in the page's language, or "" for a key
 * the table lacks (tests/strings.test checks that none is missing).
 * The transform context's _private is that language's table.
 */
static void
ui_t(xmlXPathParserContextPtr ctxt, int nargs)
{
	xsltTransformContextPtr	 tctxt;
	const struct ui_strings	*ui;
	const char		*text;
	xmlChar			*key;

	if (nargs != 1) {
		xmlXPathSetArityError(ctxt);
		return;
	}
	if ((key = xmlXPathPopString(ctxt)) == NULL)
		return;
	tctxt = xsltXPathGetTransformContext(ctxt);
	ui = tctxt != NULL ? tctxt->_private : NULL;
	text = ui_get(ui, (const char *)key);
	xmlFree(key);
	valuePush(ctxt, xmlXPathNewString(BAD_CAST (text != NULL ? text : "")));
}

/* Nothing we parse may reach the network or load an external entity. */
static xmlParserInputPtr
no_external(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	(void)id;
	(void)ctxt;
	/* Stylesheets include each other from the local folder only. */
	if (url != NULL && strstr(url, "://") == NULL)
		return xmlNewInputFromFile(ctxt, url);
	return NULL;
}

void
render_global_init(void)
{
	xmlInitParser();
	exsltRegisterAll();
	xsltRegisterExtModuleFunction(BAD_CAST "t", BAD_CAST RENDER_UI_NS,
	    ui_t);
	xmlSetExternalEntityLoader(no_external);
	/* Our own documents never need entity substitution. */
	xmlSubstituteEntitiesDefault(0);
	xmlLoadExtDtdDefaultValue = 0;
}

static time_t
dir_newest(const char *dir)
{
	DIR		*d;
	struct dirent	*e;
	struct stat	 st;
	char		 path[4096];
	time_t		 newest = 0;

	if ((d = opendir(dir)) == NULL)
		return 0;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		if (stat(path, &st) == 0 && st.st_mtime > newest)
			newest = st.st_mtime;
	}
	closedir(d);
	return newest;
}

/* (Re)reads every language's strings; keeps the old tables on error. */
static int
ui_reload(struct render *r, char *err, size_t errsz)
{
	struct ui_strings	*ui[RENDER_NLANG];
	char			 path[4096];
	size_t			 i;

	for (i = 0; i < RENDER_NLANG; i++) {
		snprintf(path, sizeof(path), "%s/strings-%s.txt", r->dir,
		    render_langs[i]);
		if ((ui[i] = ui_load(path, err, errsz)) == NULL) {
			while (i-- > 0)
				ui_free(ui[i]);
			return -1;
		}
	}
	for (i = 0; i < RENDER_NLANG; i++) {
		ui_free(r->ui[i]);
		r->ui[i] = ui[i];
	}
	return 0;
}

struct render *
render_new(const char *dir, int reload, char *err, size_t errsz)
{
	struct render	*r;

	if ((r = calloc(1, sizeof(*r))) == NULL ||
	    (r->dir = strdup(dir)) == NULL) {
		snprintf(err, errsz, "out of memory");
		free(r);
		return NULL;
	}
	r->reload = reload;
	r->sec = xsltNewSecurityPrefs();
	if (r->sec == NULL ||
	    xsltSetSecurityPrefs(r->sec, XSLT_SECPREF_READ_FILE,
	    xsltSecurityForbid) != 0 ||
	    xsltSetSecurityPrefs(r->sec, XSLT_SECPREF_WRITE_FILE,
	    xsltSecurityForbid) != 0 ||
	    xsltSetSecurityPrefs(r->sec, XSLT_SECPREF_CREATE_DIRECTORY,
	    xsltSecurityForbid) != 0 ||
	    xsltSetSecurityPrefs(r->sec, XSLT_SECPREF_READ_NETWORK,
	    xsltSecurityForbid) != 0 ||
	    xsltSetSecurityPrefs(r->sec, XSLT_SECPREF_WRITE_NETWORK,
	    xsltSecurityForbid) != 0) {
		snprintf(err, errsz, "xslt security preferences");
		render_free(r);
		return NULL;
	}
	if (ui_reload(r, err, errsz) == -1) {
		render_free(r);
		return NULL;
	}
	r->compiled = dir_newest(dir);
	return r;
}

static void
drop_all(struct render *r)
{
	size_t	 i;

	for (i = 0; i < r->nsheets; i++)
		xsltFreeStylesheet(r->sheets[i].style);
	r->nsheets = 0;
}

void
render_free(struct render *r)
{
	size_t	 i;

	if (r == NULL)
		return;
	drop_all(r);
	for (i = 0; i < RENDER_NLANG; i++)
		ui_free(r->ui[i]);
	if (r->sec != NULL)
		xsltFreeSecurityPrefs(r->sec);
	free(r->dir);
	free(r);
}

static void
sheet_ctype(struct sheet *s)
{
	const char	*method = NULL, *media = NULL;
	xsltStylesheetPtr st;

	/* An xsl:output of an imported sheet counts too: walked in import
	 * precedence, as the transform's own output does. */
	for (st = s->style; st != NULL && (method == NULL || media == NULL);
	    st = xsltNextImport(st)) {
		if (method == NULL && st->method != NULL)
			method = (const char *)st->method;
		if (media == NULL && st->mediaType != NULL)
			media = (const char *)st->mediaType;
	}

	if (media == NULL)
		media = method == NULL ? "application/xml" :
		    strcmp(method, "html") == 0 ? "text/html" :
		    strcmp(method, "text") == 0 ? "text/plain" :
		    "application/xml";
	snprintf(s->ctype, sizeof(s->ctype), "%s; charset=utf-8", media);
}

static struct sheet *
sheet_get(struct render *r, const char *name)
{
	struct sheet	*s;
	xmlDocPtr	 doc;
	char		 path[4096];
	size_t		 i;
	time_t		 newest;

	if (r->reload && (newest = dir_newest(r->dir)) > r->compiled) {
		char	 err[512];

		drop_all(r);
		if (ui_reload(r, err, sizeof(err)) == -1)
			fprintf(stderr, "echosciences: %s\n", err);
		r->compiled = newest;
	}
	for (i = 0; i < r->nsheets; i++)
		if (strcmp(r->sheets[i].name, name) == 0)
			return &r->sheets[i];
	if (r->nsheets == RENDER_MAX || strlen(name) >= sizeof(s->name))
		return NULL;
	snprintf(path, sizeof(path), "%s/%s.xsl", r->dir, name);
	doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOCDATA);
	if (doc == NULL)
		return NULL;
	s = &r->sheets[r->nsheets];
	if ((s->style = xsltParseStylesheetDoc(doc)) == NULL) {
		xmlFreeDoc(doc);
		return NULL;
	}
	snprintf(s->name, sizeof(s->name), "%s", name);
	sheet_ctype(s);
	r->nsheets++;
	return s;
}

/* Compiles the named stylesheets now: a broken one stops start-up. */
int
render_check(struct render *r, const char *const *names, char *err,
    size_t errsz)
{
	for (; *names != NULL; names++)
		if (sheet_get(r, *names) == NULL) {
			snprintf(err, errsz, "%s/%s.xsl does not compile",
			    r->dir, *names);
			return -1;
		}
	return 0;
}

size_t
render_lang(xmlDocPtr doc)
{
	xmlNodePtr	 root = xmlDocGetRootElement(doc);
	xmlChar		*lang;
	size_t		 i = RENDER_NLANG;

	if (root != NULL &&
	    (lang = xmlGetNoNsProp(root, BAD_CAST "lang")) != NULL) {
		for (i = 0; i < RENDER_NLANG; i++)
			if (strcmp((const char *)lang, render_langs[i]) == 0)
				break;
		xmlFree(lang);
	}
	return i == RENDER_NLANG ? 0 : i;
}

const struct ui_strings *
render_strings(const struct render *r, size_t lang)
{
	return r->ui[lang < RENDER_NLANG ? lang : 0];
}

int
render_page(struct render *r, const char *name, xmlDocPtr doc,
    struct buf *out, const char **ctype)
{
	struct sheet		*s;
	xsltTransformContextPtr	 ctx;
	xmlDocPtr		 res;
	xmlChar			*txt = NULL;
	int			 len = 0, rc = -1;

	if ((s = sheet_get(r, name)) == NULL)
		return -1;
	if ((ctx = xsltNewTransformContext(s->style, doc)) == NULL)
		return -1;
	xsltSetCtxtSecurityPrefs(r->sec, ctx);
	ctx->_private = r->ui[render_lang(doc)];
	res = xsltApplyStylesheetUser(s->style, doc, NULL, NULL, NULL, ctx);
	if (res != NULL && ctx->state == XSLT_STATE_OK &&
	    xsltSaveResultToString(&txt, &len, res, s->style) == 0) {
		buf_put(out, txt != NULL ? (const char *)txt : "",
		    (size_t)len);
		*ctype = s->ctype;
		rc = out->oom ? -1 : 0;
	}
	xmlFree(txt);
	xmlFreeDoc(res);
	xsltFreeTransformContext(ctx);
	return rc;
}
