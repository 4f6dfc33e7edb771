/* Page handlers (page-*.c) and what they share (page.c). */
#ifndef PAGES_H
#define PAGES_H

#include "app.h"

#define LIST_LIMIT	20
#define FEED_LIMIT	30
#define ICS_LIMIT	100

int	 page_portal(struct page *);
int	 page_territory(struct page *);
int	 page_list(struct page *);
int	 page_agenda(struct page *);
int	 page_item(struct page *);
int	 page_member(struct page *);
int	 page_structures(struct page *);
int	 page_structure(struct page *);
int	 page_themes(struct page *);
int	 page_theme(struct page *);
int	 page_tag(struct page *);

int	 page_search(struct page *);
int	 page_communities(struct page *);
int	 page_community(struct page *);
int	 page_partners(struct page *);
int	 page_signup(struct page *);
int	 page_confirm(struct page *);
int	 page_login(struct page *);
int	 page_logout(struct page *);
int	 page_logout_all(struct page *);
int	 page_forgot(struct page *);
int	 page_reset(struct page *);
int	 page_account(struct page *);
int	 page_account_password(struct page *);
int	 page_widget_builder(struct page *);
int	 page_widget(struct page *);
int	 page_sitemap(struct page *);
int	 page_sitemap_index(struct page *);
int	 page_robots(struct page *);
int	 page_api(struct page *);
int	 page_api_territories(struct page *);

/* page-account.c: the member's own account */
int	 page_profile_edit(struct page *);	/* /compte/profil */
int	 page_account_email(struct page *);	/* /compte/courriel */
int	 page_email_confirm(struct page *);	/* /compte/courriel/confirmation */
int	 page_account_export(struct page *);	/* /compte/donnees (.json) */
int	 page_account_delete(struct page *);	/* /compte/suppression */

/* page-contribute.c: "Je contribue" */
int	 page_contribute(struct page *);	/* /contribuer */
int	 page_contribution_new(struct page *);	/* /contribuer/<kind> */
int	 page_contribution_edit(struct page *);	/* /contributions/:id/modifier */
int	 page_contribution_delete(struct page *); /* /contributions/:id/supprimer */
int	 page_my_contributions(struct page *);	/* /compte/contributions */

/* page-structure-edit.c: structures run by members */
int	 page_structure_new(struct page *);	/* /structures/nouvelle */
int	 page_structure_edit(struct page *);	/* /structures/:id/modifier */
int	 page_structure_editors(struct page *);	/* /structures/:id/editeurs */

/* page-admin.c: territory teams, moderation, "à la une" */
int	 page_network_admin(struct page *);	/* /admin/ */
int	 page_admin(struct page *);		/* /:t/admin/ */
int	 page_admin_roles(struct page *);	/* /:t/admin/roles */
int	 page_moderation(struct page *);	/* /:t/admin/moderation */
int	 page_featured_edit(struct page *);	/* /:t/admin/une */
int	 page_audit(struct page *);		/* /:t/admin/journal */
int	 page_report(struct page *);		/* /signaler */

/* page-comment.c: comments */
int	 page_comment_new(struct page *);	/* /commentaires/nouveau */
int	 page_comment_edit(struct page *);	/* /commentaires/:id/modifier */
int	 page_comment_delete(struct page *);	/* /commentaires/:id/supprimer */
int	 page_comments_feed(struct page *);	/* …/:id/commentaires.atom */
int	 page_comment_hide(struct page *);	/* /commentaires/:id/masquer */
/* page-admin.c: a comment hidden or shown again, logged on p->terr, its
 * author told: 0 or a status (the page's message set). */
int	 admin_comment_status(struct page *, long long id, int unpublish,
	    const char *why);
/* A contribution's comments under `list`, answers nested: rows or DB_. */
int	 comments_load(struct page *, long long id, xmlNodePtr list);
/* Its published count moves by `delta`, in the caller's transaction. */
int	 comment_count(struct page *, long long contribution, int delta);

/*
 * Publishing (page-contribute.c), shared with moderation: status changes
 * that keep contribution_territories and the territory counters right.
 * Called inside the caller's transaction; 0 or a DB_ code.
 */
int	 contrib_publish(struct page *, long long id);
int	 contrib_unpublish(struct page *, long long id, const char *note);

/* Listing filters, resolved from the query: 0 means none. */
struct filter {
	long long	 theme;
	long long	 tag;
	long long	 structure;
};

#define FILTER_ARGS(f) \
	DB_INT((f)->theme), DB_INT((f)->theme), DB_INT((f)->tag), \
	DB_INT((f)->tag), DB_INT((f)->structure), DB_INT((f)->structure)

/* page.c */
time_t	 page_paris_time(time_t wall);
void	 page_url_encode(struct buf *, const char *);
int	 page_write_begin(struct page *);
void	 page_viewer(const struct page *, xmlNodePtr parent);
int	 page_lookup(struct page *, enum stmt, const struct dbarg *, size_t,
	    xmlNodePtr *);
/* The viewer's role on a territory (a network role covers all). */
enum role page_role(const struct page *, unsigned int territory_id);
int	 page_is_editor(const struct page *, unsigned int territory_id);
int	 page_is_admin(const struct page *, unsigned int territory_id);
int	 page_is_network_admin(const struct page *);
/* Does the viewer edit this structure (as one of its editors)? */
int	 page_edits_structure(const struct page *, unsigned int structure_id);
int	 page_begin(struct page *, const char *type);
void	 page_error_doc(struct page *, int status);
xmlNodePtr page_section(struct page *, const char *name);
int	 page_rows(struct page *, enum stmt, const struct dbarg *, size_t,
	    xmlNodePtr, const char *row);
void	 page_paginate(struct page *, xmlNodePtr list, int rows, int limit,
	    const char *key, const char *idattr);
int	 page_filters(struct page *, struct filter *);
int	 page_limit(const struct page *);
int	 page_items_of(struct page *, enum stmt, xmlNodePtr list);
void	 page_cursor_before(struct page *, long long *, long long *);

#define NO_CURSOR 2147483647LL	/* FROM_UNIXTIME's last second */
int	 page_canonical(struct page *, xmlNodePtr item);
int	 page_canonical_at(struct page *, xmlNodePtr item, const char *tail);

#endif
