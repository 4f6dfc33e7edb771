/* The national portal and a territory's home page. */
#include <string.h>
#include <time.h>

#include "pages.h"
#include "xml.h"


/* The feed of a territory (or of the whole network): every kind. */
static int
home_feed(struct page *p)
{
	xmlNodePtr	 list = page_section(p, "list");
	struct filter	 none = { 0, 0, 0 };
	int		 rc;

	if (p->terr != NULL) {
		struct dbarg a[] = { DB_INT(p->terr->id), FILTER_ARGS(&none),
		    DB_INT(NO_CURSOR), DB_INT(NO_CURSOR), DB_INT(4294967295LL),
		    DB_INT(page_limit(p)) };
		rc = page_rows(p, STMT_TERR_ALL_FEED, a, 11, list, "item");
	} else {
		struct dbarg a[] = { FILTER_ARGS(&none), DB_INT(NO_CURSOR),
		    DB_INT(NO_CURSOR), DB_INT(4294967295LL),
		    DB_INT(page_limit(p)) };
		rc = page_rows(p, STMT_NET_ALL_FEED, a, 10, list, "item");
	}
	return rc < 0 ? page_db_status(rc) : 0;
}

int
page_portal(struct page *p)
{
	struct dbarg	 latest[] = { DB_INT(8) }, upcoming[] = { DB_INT(6) };
	int		 rc;

	if (page_begin(p, "portal") == -1)
		return 500;
	p->xsl = "portal";
	if (p->req->fmt == FMT_ATOM)
		return home_feed(p);
	if ((rc = page_rows(p, STMT_NET_STATS, NULL, 0,
	    page_section(p, "stats"), NULL)) < 0 ||
	    (rc = page_rows(p, STMT_NET_TERRITORIES, NULL, 0,
	    page_section(p, "network"), "territory")) < 0 ||
	    (rc = page_rows(p, STMT_NET_LATEST, latest, 1,
	    page_section(p, "latest"), "item")) < 0 ||
	    (rc = page_rows(p, STMT_NET_UPCOMING, upcoming, 1,
	    page_section(p, "upcoming"), "item")) < 0 ||
	    (rc = page_rows(p, STMT_THEMES, NULL, 0,
	    page_section(p, "themes"), "theme")) < 0)
		return page_db_status(rc);
	return 0;
}

int
page_territory(struct page *p)
{
	long long	 t = p->terr->id;
	struct filter	 none = { 0, 0, 0 };
	struct dbarg	 featured[] = { DB_INT(t) };
	struct dbarg	 latest[] = { DB_INT(t), DB_STR("article"),
	    FILTER_ARGS(&none), DB_INT(NO_CURSOR), DB_INT(NO_CURSOR),
	    DB_INT(4294967295LL), DB_INT(6) };
	struct dbarg	 annonces[] = { DB_INT(t), DB_STR("annonce"),
	    FILTER_ARGS(&none), DB_INT(NO_CURSOR), DB_INT(NO_CURSOR),
	    DB_INT(4294967295LL), DB_INT(3) };
	struct dbarg	 agenda[] = { DB_INT(t), DB_INT(time(NULL) - 86400),
	    DB_INT(NO_CURSOR),
	    FILTER_ARGS(&none), DB_INT(0), DB_INT(0), DB_INT(0), DB_INT(6) };
	int		 rc;

	if (page_begin(p, "territory") == -1)
		return 500;
	p->xsl = "territory";
	if (p->req->fmt == FMT_ATOM)
		return home_feed(p);
	if ((rc = page_rows(p, STMT_FEATURED, featured, 1,
	    page_section(p, "featured"), "item")) < 0 ||
	    (rc = page_rows(p, STMT_LIST, latest, 12,
	    page_section(p, "latest"), "item")) < 0 ||
	    (rc = page_rows(p, STMT_AGENDA, agenda, 13,
	    page_section(p, "upcoming"), "item")) < 0 ||
	    (rc = page_rows(p, STMT_LIST, annonces, 12,
	    page_section(p, "annonces"), "item")) < 0 ||
	    (rc = page_rows(p, STMT_THEMES, NULL, 0,
	    page_section(p, "themes"), "theme")) < 0)
		return page_db_status(rc);
	return 0;
}
