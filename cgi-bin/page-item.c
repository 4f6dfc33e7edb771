/* One contribution: article, event, annonce, dossier or project. */
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
	p->view_id = (unsigned int)p->id;
	return 0;
}
