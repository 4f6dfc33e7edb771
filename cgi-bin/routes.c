#include <string.h>

#include "pages.h"
#include "routes.h"
#include "util.h"

const struct route routes[] = {
	{ M_GET, "/", F_LIST, page_portal, NULL },
	{ M_GET, "/robots.txt", FMTBIT(FMT_HTML), page_robots, NULL },
	{ M_GET, "/sitemap", F_XMLONLY, page_sitemap_index, NULL },
	{ M_GET, "/partenaires/", F_PAGE, page_partners, NULL },
	{ M_FORM, "/inscription", F_PAGE, page_signup, NULL },
	{ M_GET, "/confirmation", F_PAGE, page_confirm, NULL },
	{ M_FORM, "/connexion", F_PAGE, page_login, NULL },
	{ M_POST, "/deconnexion", F_PAGE, page_logout, NULL },
	{ M_FORM, "/mot-de-passe-oublie", F_PAGE, page_forgot, NULL },
	{ M_FORM, "/mot-de-passe", F_PAGE, page_reset, NULL },
	{ M_GET, "/compte", F_PAGE, page_account, NULL },
	{ M_POST, "/compte/mot-de-passe", F_PAGE, page_account_password, NULL },
	{ M_POST, "/compte/deconnexion-partout", F_PAGE, page_logout_all, NULL },
	{ M_FORM, "/compte/profil", F_PAGE, page_profile_edit, NULL },
	{ M_POST, "/compte/courriel", F_PAGE, page_account_email, NULL },
	{ M_GET, "/compte/courriel/confirmation", F_PAGE, page_email_confirm,
	    NULL },
	{ M_GET, "/compte/donnees", FMTBIT(FMT_HTML) | FMTBIT(FMT_JSON),
	    page_account_export, NULL },
	{ M_FORM, "/compte/suppression", F_PAGE, page_account_delete, NULL },
	{ M_GET, "/compte/contributions", F_PAGE, page_my_contributions, NULL },
	{ M_GET, "/contribuer", F_PAGE, page_contribute, NULL },
	{ M_FORM, "/contribuer/article", F_PAGE, page_contribution_new,
	    "article" },
	{ M_FORM, "/contribuer/evenement", F_PAGE, page_contribution_new,
	    "event" },
	{ M_FORM, "/contribuer/annonce", F_PAGE, page_contribution_new,
	    "annonce" },
	{ M_FORM, "/contribuer/dossier", F_PAGE, page_contribution_new,
	    "dossier" },
	{ M_FORM, "/contributions/:id/modifier", F_PAGE, page_contribution_edit,
	    NULL },
	{ M_FORM, "/contributions/:id/supprimer", F_PAGE,
	    page_contribution_delete, NULL },
	{ M_FORM, "/structures/nouvelle", F_PAGE, page_structure_new, NULL },
	{ M_FORM, "/structures/:id/modifier", F_PAGE, page_structure_edit,
	    NULL },
	{ M_POST, "/structures/:id/editeurs", F_PAGE, page_structure_editors,
	    NULL },
	{ M_FORM, "/commentaires/nouveau", F_PAGE, page_comment_new, NULL },
	{ M_FORM, "/commentaires/:id/modifier", F_PAGE, page_comment_edit,
	    NULL },
	{ M_FORM, "/commentaires/:id/supprimer", F_PAGE, page_comment_delete,
	    NULL },
	{ M_FORM, "/commentaires/:id/masquer", F_PAGE, page_comment_hide,
	    NULL },
	{ M_FORM, "/signaler", F_PAGE, page_report, NULL },
	{ M_GET, "/admin/", F_PAGE, page_network_admin, NULL },
	{ M_GET, "/partenaires/widget", F_PAGE, page_widget_builder, NULL },
	{ M_GET, "/widget/agenda", F_PAGE, page_widget, "event" },
	{ M_GET, "/widget/articles", F_PAGE, page_widget, "article" },
	{ M_GET, "/api/territoires", F_DATA, page_api_territories, NULL },
	{ M_GET, "/api/evenements", F_DATA, page_api, "event" },
	{ M_GET, "/api/articles", F_DATA, page_api, "article" },
	{ M_GET, "/api/annonces", F_DATA, page_api, "annonce" },
	{ M_GET, "/api/dossiers", F_DATA, page_api, "dossier" },
	{ M_GET, "/api/projets", F_DATA, page_api, "project" },
	{ M_GET, "/api/structures", F_DATA, page_api, "structure" },
	{ M_GET, "/api/lieux", F_DATA, page_api, "place" },
	{ M_GET, "/recherche", F_LIST, page_search, NULL },
	{ M_GET, "/membres/:id", F_LIST, page_member, NULL },
	{ M_GET, "/:t/", F_LIST, page_territory, NULL },
	{ M_GET, "/:t/sitemap", F_XMLONLY, page_sitemap, NULL },
	{ M_GET, "/:t/admin/", F_PAGE, page_admin, NULL },
	{ M_POST, "/:t/admin/roles", F_PAGE, page_admin_roles, NULL },
	{ M_FORM, "/:t/admin/moderation", F_PAGE, page_moderation, NULL },
	{ M_FORM, "/:t/admin/une", F_PAGE, page_featured_edit, NULL },
	{ M_GET, "/:t/admin/journal", F_PAGE, page_audit, NULL },
	{ M_GET, "/:t/articles/", F_LIST, page_list, "article" },
	{ M_GET, "/:t/articles/:id", F_DATA, page_item, "article" },
	{ M_GET, "/:t/articles/:id/commentaires", F_FEED, page_comments_feed,
	    "article" },
	{ M_GET, "/:t/evenements/", F_AGENDA, page_agenda, "event" },
	{ M_GET, "/:t/evenements/:id", F_EVENT, page_item, "event" },
	{ M_GET, "/:t/evenements/:id/commentaires", F_FEED, page_comments_feed,
	    "event" },
	{ M_GET, "/:t/annonces/", F_LIST, page_list, "annonce" },
	{ M_GET, "/:t/annonces/:id", F_DATA, page_item, "annonce" },
	{ M_GET, "/:t/annonces/:id/commentaires", F_FEED, page_comments_feed,
	    "annonce" },
	{ M_GET, "/:t/dossiers/", F_LIST, page_list, "dossier" },
	{ M_GET, "/:t/dossiers/:id", F_DATA | FMTBIT(FMT_ATOM), page_item,
	    "dossier" },
	{ M_GET, "/:t/dossiers/:id/commentaires", F_FEED, page_comments_feed,
	    "dossier" },
	{ M_GET, "/:t/projets/", F_LIST, page_list, "project" },
	{ M_GET, "/:t/projets/:id", F_DATA, page_item, "project" },
	{ M_GET, "/:t/projets/:id/commentaires", F_FEED, page_comments_feed,
	    "project" },
	{ M_GET, "/:t/recherche", F_LIST, page_search, NULL },
	{ M_GET, "/:t/communautes/", F_DATA, page_communities, NULL },
	{ M_GET, "/:t/communautes/:id", F_LIST, page_community, NULL },
	{ M_GET, "/:t/structures/", F_DATA, page_structures, NULL },
	{ M_GET, "/:t/structures/:id", F_LIST, page_structure, NULL },
	{ M_GET, "/:t/themes/", F_DATA, page_themes, NULL },
	{ M_GET, "/:t/themes/:slug", F_LIST, page_theme, NULL },
	{ M_GET, "/:t/tags/:slug", F_LIST, page_tag, NULL },
};
const size_t nroutes = sizeof(routes) / sizeof(routes[0]);

/* "12" or "12-some-slug"; the slug part is kept for the canonical check. */
static int
match_id(struct page *p, const char *seg, size_t n)
{
	char		 num[16];
	size_t		 d = 0;
	long long	 id;

	while (d < n && seg[d] >= '0' && seg[d] <= '9')
		d++;
	if (d == 0 || d >= sizeof(num) || (d < n && seg[d] != '-') ||
	    n - d >= sizeof(p->id_slug))
		return 0;
	memcpy(num, seg, d);
	num[d] = '\0';
	if (int_parse(num, 1, 4294967295LL, &id) == -1)
		return 0;
	p->id = id;
	if (d < n) {
		memcpy(p->id_slug, seg + d + 1, n - d - 1);
		p->id_slug[n - d - 1] = '\0';
	} else
		p->id_slug[0] = '\0';
	return 1;
}

static int
match_segment(struct page *p, const char *pat, size_t pn, const char *seg,
    size_t n)
{
	char	 s[81];

	if (pn == 2 && strncmp(pat, ":t", 2) == 0) {
		if (n == 0 || n >= sizeof(s))
			return 0;
		memcpy(s, seg, n);
		s[n] = '\0';
		p->terr = app_territory(p->app, s);
		return p->terr != NULL && !p->terr->is_network;
	}
	if (pn == 3 && strncmp(pat, ":id", 3) == 0)
		return match_id(p, seg, n);
	if (pn == 5 && strncmp(pat, ":slug", 5) == 0) {
		if (n == 0 || n >= sizeof(p->slug))
			return 0;
		memcpy(p->slug, seg, n);
		p->slug[n] = '\0';
		return slug_valid(p->slug, 80);
	}
	return pn == n && strncmp(pat, seg, n) == 0;
}

/* 1 if the path matches, 2 if it matches once a "/" is added. */
static int
match(struct page *p, const char *pat, const char *path)
{
	const char	*pe, *se;
	size_t		 pn, sn;

	for (;;) {
		if (*pat == '\0')
			return *path == '\0';
		if (*pat != '/')
			return 0;
		if (*path != '/')
			return *path == '\0' && strcmp(pat, "/") == 0 ? 2 : 0;
		pat++;
		path++;
		pe = strchr(pat, '/');
		se = strchr(path, '/');
		pn = pe != NULL ? (size_t)(pe - pat) : strlen(pat);
		sn = se != NULL ? (size_t)(se - path) : strlen(path);
		if (!match_segment(p, pat, pn, path, sn))
			return 0;
		pat += pn;
		path += sn;
	}
}

enum route_rc
route_match(struct page *p, const char *path, const struct route **out)
{
	size_t		 i;
	int		 m, path_known = 0;

	for (i = 0; i < nroutes; i++) {
		p->terr = NULL;
		if ((m = match(p, routes[i].pattern, path)) == 0)
			continue;
		if (!(routes[i].fmts & FMTBIT(p->req->fmt)))
			continue;
		if (!(routes[i].methods & (1u << p->req->method))) {
			path_known = 1;
			continue;
		}
		*out = &routes[i];
		p->kind = routes[i].kind;
		if (m == 2 && p->req->fmt == FMT_HTML)
			return ROUTE_ADD_SLASH;
		return ROUTE_FOUND;
	}
	p->terr = NULL;
	return path_known ? ROUTE_METHOD : ROUTE_NOT_FOUND;
}
