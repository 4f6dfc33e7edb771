/*
 * What partners use: their documentation page, the widget and its
 * builder, the JSON API entry points, sitemaps and robots.txt.
 */
#include <string.h>
#include <time.h>

#include "pages.h"
#include "xml.h"

/* The territory named by ?territoire= (API, widget): 400 or 404 if not. */
static int
territory_param(struct page *p)
{
	const struct kval *k = &p->req->in[KEY_TERRITORY];

	if (!k->present) {
		p->req->bad_key = "territoire";
		return 400;
	}
	p->terr = app_territory(p->app, k->s);
	if (p->terr == NULL || p->terr->is_network)
		return 404;
	return 0;
}

/* The first territory of the network: where examples come from. */
static const struct territory *
first_territory(struct app *a)
{
	size_t	 i;

	for (i = 0; i < a->nterrs; i++)
		if (!a->terrs[i].is_network)
			return &a->terrs[i];
	return NULL;
}

int
page_partners(struct page *p)
{
	const struct territory *t = first_territory(p->app);
	int		 rc;

	if (page_begin(p, "partners") == -1)
		return 500;
	p->xsl = "partners";
	if (t != NULL) {
		struct dbarg a[] = { DB_INT(t->id) };

		xmlNodePtr ex = page_section(p, "examples"), per;
		time_t	 now = time(NULL), later = now + 30 * 86400;
		struct tm tm;
		char	 d[16];

		if ((rc = page_rows(p, STMT_EXAMPLES, a, 1, ex, NULL)) < 0)
			return page_db_status(rc);
		/* A date range that always has events: the next 30 days. */
		per = xml_child(ex, "period");
		localtime_r(&now, &tm);
		strftime(d, sizeof(d), "%Y-%m-%d", &tm);
		xml_attr(per, "du", d);
		localtime_r(&later, &tm);
		strftime(d, sizeof(d), "%Y-%m-%d", &tm);
		xml_attr(per, "au", d);
	}
	return 0;
}

/* Appends "name=value&" for a present query key. */
static void
query_put(struct buf *b, const struct request *r, enum key k)
{
	if (r->in[k].present)
		buf_printf(b, "&%s=%s", key_name(k), r->in[k].s);
}

int
page_widget_builder(struct page *p)
{
	struct request	*r = p->req;
	const struct territory *t;
	struct buf	 src;
	xmlNodePtr	 w;
	int		 rc, articles;
	char		 n[8];

	if (page_begin(p, "widget-builder") == -1)
		return 500;
	p->xsl = "widget-builder";
	if (r->in[KEY_TERRITORY].present) {
		t = app_territory(p->app, r->in[KEY_TERRITORY].s);
		if (t == NULL || t->is_network) {
			r->bad_key = "territoire";
			return 400;
		}
	} else if ((t = first_territory(p->app)) == NULL)
		return 503;
	if ((rc = page_rows(p, STMT_THEMES, NULL, 0,
	    page_section(p, "themes"), "theme")) < 0)
		return page_db_status(rc);

	/* Every value is validated (slugs, numbers, words): safe in a URL. */
	articles = r->in[KEY_WIDGET].present &&
	    strcmp(r->in[KEY_WIDGET].s, "articles") == 0;
	snprintf(n, sizeof(n), "%lld", r->in[KEY_COUNT].present ?
	    r->in[KEY_COUNT].i : 5);
	buf_init(&src);
	buf_printf(&src, "/widget/%s?territoire=%s", articles ? "articles" :
	    "agenda", t->slug);
	query_put(&src, r, KEY_THEME);
	query_put(&src, r, KEY_TAG);
	query_put(&src, r, KEY_STRUCTURE);
	buf_printf(&src, "&n=%s&style=%s", n, r->in[KEY_STYLE].present ?
	    r->in[KEY_STYLE].s : "clair");
	w = page_section(p, "widget");
	xml_attr(w, "src", buf_str(&src));
	xml_attr(w, "kind", articles ? "articles" : "agenda");
	xml_attr(w, "style", r->in[KEY_STYLE].present ? r->in[KEY_STYLE].s :
	    "clair");
	xml_attr(w, "n", n);
	xml_attr(w, "territory", t->slug);
	rc = src.oom ? 500 : 0;
	buf_free(&src);
	return rc;
}

/* The page inside a partner's iframe: an agenda or the latest articles. */
int
page_widget(struct page *p)
{
	int	 rc;

	if ((rc = territory_param(p)) != 0)
		return rc;
	p->widget = 1;
	p->max_age = 300;
	rc = strcmp(p->kind, "event") == 0 ? page_agenda(p) : page_list(p);
	if (rc == 0)
		xml_attr(p->root, "style", p->req->in[KEY_STYLE].present ?
		    p->req->in[KEY_STYLE].s : "clair");
	return rc;
}

/* /api/<kind>?territoire=…: the listing of that kind, as JSON. */
int
page_api(struct page *p)
{
	int	 rc;

	if ((rc = territory_param(p)) != 0)
		return rc;
	if (strcmp(p->kind, "event") == 0)
		return page_agenda(p);
	if (strcmp(p->kind, "structure") == 0)
		return page_structures(p);
	if (strcmp(p->kind, "place") == 0) {
		struct dbarg a[] = { DB_INT(p->terr->id) };

		if (page_begin(p, "places") == -1)
			return 500;
		if ((rc = page_rows(p, STMT_PLACES, a, 1,
		    page_section(p, "places"), "place")) < 0)
			return page_db_status(rc);
		return 0;
	}
	return page_list(p);
}

int
page_api_territories(struct page *p)
{
	int	 rc;

	if (page_begin(p, "territories") == -1)
		return 500;
	if ((rc = page_rows(p, STMT_NET_TERRITORIES, NULL, 0,
	    page_section(p, "network"), "territory")) < 0)
		return page_db_status(rc);
	return 0;
}

/* The most recent contributions of a territory: a sitemap is read often
 * by crawlers, and 10,000 URLs keep it small enough to cache. */
#define SITEMAP_MAX 10000

int
page_sitemap(struct page *p)
{
	struct dbarg	 a[] = { DB_INT(p->terr->id), DB_INT(SITEMAP_MAX) };
	int		 rc;

	if (page_begin(p, "sitemap") == -1)
		return 500;
	p->xsl = "sitemap";
	p->styled_xml = 1;
	p->max_age = 3600;
	if ((rc = page_rows(p, STMT_SITEMAP, a, 2, page_section(p, "list"),
	    "item")) < 0)
		return page_db_status(rc);
	return 0;
}

int
page_sitemap_index(struct page *p)
{
	if (page_begin(p, "sitemap-index") == -1)
		return 500;
	p->xsl = "sitemap";
	p->styled_xml = 1;
	p->max_age = 3600;
	return 0;
}

int
page_robots(struct page *p)
{
	if (page_begin(p, "robots") == -1)
		return 500;
	p->xsl = "robots";
	p->max_age = 86400;
	return 0;
}
