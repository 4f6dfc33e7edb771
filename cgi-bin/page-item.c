/* One contribution: article, event, annonce, dossier or project. */
#include <stdio.h>
#include <string.h>

#include "json.h"
#include "pages.h"
#include "xml.h"

/* schema.org Event for search engines, made with json-c (escaped). */
static void
add_jsonld(struct page *p, xmlNodePtr item)
{
	struct buf	 b;

	buf_init(&b);
	if (jsonld_event(item, config_str(&p->app->conf, CONF_SITE_URL),
	    config_str(&p->app->conf, CONF_SITE_NAME), &b) == 0 && !b.oom)
		xml_text(item, "jsonld", buf_str(&b));
	buf_free(&b);
}

/*
 * What a logged-in member may do here, in one element (the only part of
 * the page that depends on the viewer): report it, and edit it when it
 * is theirs to edit (author, signing structure's editor, territory team).
 * A page built for anyone has, instead, item.xsl's mark of the same
 * facts, which personal.c fills by the same rule.
 */
static void
viewer_actions(struct page *p, xmlNodePtr item)
{
	const struct territory *home = NULL;
	xmlNodePtr	 a, n;
	xmlChar		*slug;
	long long	 author = 0, structure = 0;
	char		 url[80];

	if (p->viewer_id == 0)
		return;
	if ((n = xml_find(item, "author")) != NULL)
		author = xml_attr_ll(n, "id");
	if ((n = xml_find(item, "structure")) != NULL)
		structure = xml_attr_ll(n, "id");
	if ((n = xml_find(item, "territory")) != NULL &&
	    (slug = xmlGetProp(n, X("slug"))) != NULL) {
		home = app_territory(p->app, (const char *)slug);
		xmlFree(slug);
	}
	a = xml_child(p->root, "viewer-actions");
	if (author == (long long)p->viewer_id || (structure != 0 &&
	    page_edits_structure(p, (unsigned int)structure)) ||
	    (home != NULL && page_is_editor(p, home->id))) {
		snprintf(url, sizeof(url), "/contributions/%lld/modifier",
		    p->id);
		xml_attr(a, "edit", url);
	}
	snprintf(url, sizeof(url), "/signaler?contribution=%lld", p->id);
	xml_attr(a, "report", url);
}

int
page_item(struct page *p)
{
	struct dbarg	 a[] = { DB_INT(p->id), DB_STR(p->kind) };
	struct dbarg	 id[] = { DB_INT(p->id) };
	xmlNodePtr	 item;
	int		 rc;

	if (page_begin(p, "item") == -1)
		return 500;
	p->xsl = "item";
	xml_attr(p->root, "kind", p->kind);
	item = page_section(p, "item");
	if ((rc = page_rows(p, STMT_ITEM, a, 2, item, NULL)) <= 0)
		return rc < 0 ? page_db_status(rc) : 404;
	/* One address per item: its home territory, its current slug. */
	if ((rc = page_canonical(p, item)) != 0)
		return rc;
	if ((rc = page_rows(p, STMT_ITEM_TAGS, id, 1,
	    xml_child(item, "tags"), "tag")) < 0 ||
	    (rc = page_rows(p, STMT_ITEM_TERRITORIES, id, 1,
	    xml_child(item, "shared"), "territory")) < 0)
		return page_db_status(rc);
	if (strcmp(p->kind, "event") == 0) {
		if ((rc = page_rows(p, STMT_EVENT_TIMINGS, id, 1,
		    xml_child(item, "timings"), "timing")) < 0)
			return page_db_status(rc);
		if (p->req->fmt == FMT_HTML || p->req->fmt == FMT_XML)
			add_jsonld(p, item);
	}
	/* A dossier's feed: its items are the entries. */
	if (strcmp(p->kind, "dossier") == 0 &&
	    (rc = page_rows(p, STMT_DOSSIER_ITEMS, id, 1,
	    p->req->fmt == FMT_ATOM ? page_section(p, "list") :
	    xml_child(item, "items"), "item")) < 0)
		return page_db_status(rc);
	if ((p->req->fmt == FMT_HTML || p->req->fmt == FMT_XML) &&
	    (rc = comments_load(p, p->id, page_section(p, "comments"))) < 0)
		return page_db_status(rc);
	if (p->req->fmt == FMT_HTML || p->req->fmt == FMT_XML)
		viewer_actions(p, item);
	p->view_id = (unsigned int)p->id;
	return 0;
}
