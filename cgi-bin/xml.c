#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "markdown.h"
#include "util.h"
#include "xml.h"

xmlNodePtr
xml_child(xmlNodePtr parent, const char *name)
{
	return xmlNewChild(parent, NULL, X(name), NULL);
}

/* The first child element named `name`, or NULL. */
xmlNodePtr
xml_find(xmlNodePtr parent, const char *name)
{
	xmlNodePtr	 c;

	for (c = parent->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)c->name, name) == 0)
			return c;
	return NULL;
}

/* Does attribute `name` of `n` say `value`? */
int
xml_attr_is(xmlNodePtr n, const char *name, const char *value)
{
	xmlChar	*v = xmlGetProp(n, X(name));
	int	 same = v != NULL && strcmp((const char *)v, value) == 0;

	xmlFree(v);
	return same;
}

/* An integer attribute (an id the database gave), or 0. */
long long
xml_attr_ll(xmlNodePtr n, const char *name)
{
	xmlChar		*v = xmlGetProp(n, X(name));
	long long	 i = v != NULL ? atoll((const char *)v) : 0;

	xmlFree(v);
	return i;
}

xmlNodePtr
xml_text(xmlNodePtr parent, const char *name, const char *text)
{
	return xmlNewTextChild(parent, NULL, X(name), X(text));
}

void
xml_attr(xmlNodePtr n, const char *name, const char *value)
{
	xmlNewProp(n, X(name), X(value));
}

void
xml_attr_int(xmlNodePtr n, const char *name, long long v)
{
	char	 s[24];

	snprintf(s, sizeof(s), "%lld", v);
	xmlNewProp(n, X(name), X(s));
}

void
xml_attr_time(xmlNodePtr n, const char *name, time_t t)
{
	char	 s[26];

	rfc3339_format(t, s);
	xmlNewProp(n, X(name), X(s));
}

struct rowctx {
	xmlNodePtr	 parent;
	const char	*row;
	time_t		*last_modified;
};

/* The child `name` made earlier for this row, or a new one. */
static xmlNodePtr
row_child(xmlNodePtr row, const char *name, size_t n)
{
	xmlNodePtr	 c;
	char		 buf[64];

	if (n >= sizeof(buf))
		n = sizeof(buf) - 1;
	memcpy(buf, name, n);
	buf[n] = '\0';
	for (c = row->last; c != NULL; c = c->prev)
		if (c->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)c->name, buf) == 0)
			return c;
	return xmlNewChild(row, NULL, X(buf), NULL);
}

/* The last child element named `name`, if it has no content yet. */
static xmlNodePtr
last_empty(xmlNodePtr parent, const char *name)
{
	xmlNodePtr	 c;

	for (c = parent->last; c != NULL; c = c->prev)
		if (c->type == XML_ELEMENT_NODE)
			break;
	if (c == NULL || c->children != NULL ||
	    strcmp((const char *)c->name, name) != 0)
		return NULL;
	return c;
}

static int
is_url_column(const char *alias)
{
	static const char *const urls[] =
	    { "@src", "@href", "website", "registration", NULL };
	size_t	 i;

	for (i = 0; urls[i] != NULL; i++)
		if (strcmp(alias, urls[i]) == 0)
			return 1;
	return 0;
}

static void
place(xmlNodePtr row, const char *alias, const char *v, size_t len)
{
	const char	*slash;
	xmlNodePtr	 cur = row, prev;

	while ((slash = strchr(alias, '/')) != NULL) {
		cur = row_child(cur, alias, (size_t)(slash - alias));
		alias = slash + 1;
	}
	/* Stored addresses are checked again: no javascript: link or image. */
	if (is_url_column(alias) && !url_is_safe(v))
		return;
	if (alias[0] == '@')
		xmlNewProp(cur, X(alias + 1), X(v));
	else if (alias[0] == '.' && alias[1] == '\0')
		xmlNodeAddContentLen(cur, X(v), (int)len);
	else if (alias[0] == '~')
		markdown_to_xml(xmlNewChild(cur, NULL, X(alias + 1), NULL),
		    v, len);
	else if (alias[0] == '^')
		markdown_to_xml_flags(xmlNewChild(cur, NULL, X(alias + 1),
		    NULL), v, len, MD_SUBSET);
	else if ((prev = last_empty(cur, alias)) != NULL)
		/* `theme/@slug` came first: `theme` is the text of that one. */
		xmlNodeAddContentLen(prev, X(v), (int)len);
	else
		xmlNewTextChild(cur, NULL, X(alias), X(v));
}

/* A `+list/elem` column: GROUP_CONCAT'ed records as elements. */
static void
place_list(xmlNodePtr row, const char *alias, const char *v)
{
	const char	*slash = strchr(alias, '/'), *rec, *rend, *f, *fend, *eq;
	xmlNodePtr	 list, el;
	char		 name[32], val[1024], iso[26];
	size_t		 n;
	time_t		 t;

	if (slash == NULL)
		return;
	list = row_child(row, alias + 1, (size_t)(slash - alias - 1));
	for (rec = v; *rec != '\0'; rec = *rend ? rend + 1 : rend) {
		rend = rec + strcspn(rec, "\x1e");
		el = xmlNewChild(list, NULL, X(slash + 1), NULL);
		for (f = rec; f < rend; f = fend + 1) {
			fend = f + strcspn(f, "\x1f\x1e");
			if (fend > rend)
				fend = rend;
			if ((eq = memchr(f, '=', (size_t)(fend - f))) == NULL ||
			    (n = (size_t)(eq - f)) == 0 || n >= sizeof(name))
				continue;
			memcpy(name, f, n);
			name[n] = '\0';
			n = (size_t)(fend - eq - 1);
			if (n >= sizeof(val))
				n = sizeof(val) - 1;
			memcpy(val, eq + 1, n);
			val[n] = '\0';
			if (n == 19 && sqltime_parse(val, &t) == 0) {
				rfc3339_format(t, iso);
				snprintf(val, sizeof(val), "%s", iso);
			}
			if (strcmp(name, ".") == 0)
				xmlNodeAddContent(el, X(val));
			else
				xmlNewProp(el, X(name), X(val));
			if (fend == rend)
				break;
		}
	}
}

static int
row_cb(void *arg, size_t ncols, const struct dbcol *cols, char *const *vals,
    const unsigned long *lens)
{
	struct rowctx	*ctx = arg;
	xmlNodePtr	 row = ctx->parent;
	size_t		 i;
	time_t		 t;
	char		 iso[26];

	if (ctx->row != NULL)
		row = xmlNewChild(ctx->parent, NULL, X(ctx->row), NULL);
	for (i = 0; i < ncols; i++) {
		if (vals[i] == NULL)
			continue;
		if (cols[i].type == DBCOL_DATETIME &&
		    sqltime_parse(vals[i], &t) == 0) {
			rfc3339_format(t, iso);
			place(row, cols[i].name, iso, strlen(iso));
			if (ctx->last_modified != NULL &&
			    strcmp(cols[i].name, "updated") == 0 &&
			    t > *ctx->last_modified)
				*ctx->last_modified = t;
			continue;
		}
		if (cols[i].name[0] == '+')
			place_list(row, cols[i].name, vals[i]);
		else
			place(row, cols[i].name, vals[i], lens[i]);
	}
	return 0;
}

int
xml_rows(struct db *db, enum stmt s, const struct dbarg *args, size_t nargs,
    xmlNodePtr parent, const char *row, time_t *last_modified)
{
	struct rowctx	 ctx = { parent, row, last_modified };

	return db_query(db, s, args, nargs, row_cb, &ctx);
}
