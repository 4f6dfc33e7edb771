<?xml version="1.0" encoding="UTF-8"?>
<!--
  layout.xsl: what every HTML page shares, included by each page stylesheet.

  A page stylesheet includes this file and defines templates for /page:
  mode "title" (its own part of <title>, before the territory and the
  site name), mode "main" (the content of <main>, with the page's only
  h1) and, optionally, mode "head" (extra elements for <head>).

  Here: the HTML frame (head, header with the account links, the search
  box, the territory switcher and the sections' nav, footer), item cards,
  filters, pagination, and the copy of the Markdown-made XHTML of bodies.
  Strings, dates and helpers come from common.xsl, shared with atom.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    xmlns:str="http://exslt.org/strings"
    extension-element-prefixes="str"
    exclude-result-prefixes="str ui">

<xsl:include href="common.xsl"/>
<xsl:include href="comments.xsl"/>

<xsl:output method="html" encoding="UTF-8"
    doctype-system="about:legacy-compat" indent="no"/>

<!-- The account pages (account.xsl): forms and a member's own data, with
     no twin in another format to announce and nothing to index. -->
<xsl:variable name="account-page" select="contains(
    '|signup|login|forgot|reset|account|message|profile-edit|data-export|account-delete|contribute|contribution-form|contribution-delete|my-contributions|structure-edit|admin-network|admin|moderation|featured-edit|admin-audit|report|admin-denied|comment-new|comment-edit|comment-delete|comment-hide|',
    concat('|', /page/@type, '|'))"/>

<!-- ==================================================================
     The document: head, header, main, footer.
     ================================================================== -->

<xsl:template match="/">
  <xsl:apply-templates select="page" mode="layout"/>
</xsl:template>

<xsl:template match="page" mode="layout">
  <xsl:variable name="title">
    <xsl:apply-templates select="." mode="title"/>
  </xsl:variable>
  <xsl:variable name="feed">
    <xsl:call-template name="feed-href"/>
  </xsl:variable>
  <html lang="{$lang}">
    <head>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title>
        <xsl:if test="normalize-space($title) != ''">
          <xsl:value-of select="normalize-space($title)"/>
          <xsl:text> – </xsl:text>
        </xsl:if>
        <xsl:if test="$tname != ''">
          <xsl:value-of select="$tname"/>
          <xsl:text> – </xsl:text>
        </xsl:if>
        <xsl:value-of select="$site"/>
      </title>
      <link rel="stylesheet" href="/css/site.css"/>
      <link rel="icon" href="/images/favicon.svg" type="image/svg+xml"/>
      <xsl:if test="@type != 'error' and not($account-page)">
        <xsl:variable name="qs">
          <xsl:call-template name="query-string"/>
        </xsl:variable>
        <xsl:variable name="canonical">
          <xsl:value-of select="concat($base, $path-url)"/>
          <xsl:if test="$qs != ''">
            <xsl:value-of select="concat('?', $qs)"/>
          </xsl:if>
        </xsl:variable>
        <link rel="canonical" href="{$canonical}"/>
        <xsl:if test="$feed != ''">
          <link rel="alternate" type="application/atom+xml" href="{$feed}">
            <xsl:attribute name="title">
              <xsl:value-of select="ui:t('feed-page')"/>
            </xsl:attribute>
          </link>
        </xsl:if>
        <link rel="alternate" type="application/xml">
          <xsl:attribute name="href">
            <xsl:call-template name="xml-href"/>
          </xsl:attribute>
        </link>
        <xsl:variable name="ics">
          <xsl:call-template name="ics-href"/>
        </xsl:variable>
        <xsl:if test="$ics != ''">
          <link rel="alternate" type="text/calendar" href="{$ics}">
            <xsl:attribute name="title">
              <xsl:call-template name="t">
                <xsl:with-param name="k">
                  <xsl:choose>
                    <xsl:when test="@type = 'item'">ics-title-event</xsl:when>
                    <xsl:otherwise>ics-title</xsl:otherwise>
                  </xsl:choose>
                </xsl:with-param>
              </xsl:call-template>
            </xsl:attribute>
          </link>
        </xsl:if>
        <xsl:if test="@type != 'partners' and @type != 'widget-builder'">
          <link rel="alternate" type="application/json">
            <xsl:attribute name="href">
              <xsl:call-template name="suffixed">
                <xsl:with-param name="href">
                  <xsl:value-of select="$path-url"/>
                  <xsl:if test="$qs != ''">
                    <xsl:value-of select="concat('?', $qs)"/>
                  </xsl:if>
                </xsl:with-param>
                <xsl:with-param name="ext" select="'json'"/>
              </xsl:call-template>
            </xsl:attribute>
            <xsl:attribute name="title">
              <xsl:value-of select="ui:t('json-title')"/>
            </xsl:attribute>
          </link>
        </xsl:if>
        <xsl:call-template name="opengraph">
          <xsl:with-param name="title" select="normalize-space($title)"/>
          <xsl:with-param name="url" select="$canonical"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="item/jsonld">
        <!-- json-c's text, as it is: the HTML output method writes the
             content of <script> unescaped.  The C code escapes "/" (and
             < > &), so "</" never comes; the replace keeps it so. -->
        <script type="application/ld+json">
          <xsl:value-of select="str:replace(string(item/jsonld), '&lt;/', '&lt;\/')"/>
        </script>
      </xsl:if>
      <xsl:apply-templates select="." mode="head"/>
    </head>
    <body class="t-{$tslug}{substring('national', 1, 8 * number($tslug = ''))} p-{@type}">
      <a class="skip" href="#contenu">
        <xsl:value-of select="ui:t('skip')"/>
      </a>
      <xsl:call-template name="site-header"/>
      <main id="contenu">
        <xsl:apply-templates select="." mode="main"/>
      </main>
      <xsl:call-template name="site-footer">
        <xsl:with-param name="feed" select="$feed"/>
      </xsl:call-template>
    </body>
  </html>
</xsl:template>

<!-- OpenGraph (and Twitter's card) for link previews: the page's item
     when there is one.  $title is the page's own part of <title>. -->
<xsl:template name="opengraph">
  <xsl:param name="title"/>
  <xsl:param name="url"/>
  <xsl:variable name="it" select="/page/item"/>
  <xsl:variable name="src" select="string($it/image/@src)"/>
  <xsl:variable name="img-ok">
    <xsl:call-template name="url-ok">
      <xsl:with-param name="u" select="$src"/>
    </xsl:call-template>
  </xsl:variable>
  <meta property="og:site_name" content="{$site}"/>
  <meta property="og:title">
    <xsl:attribute name="content">
      <xsl:choose>
        <xsl:when test="normalize-space($it/title) != ''">
          <xsl:value-of select="normalize-space($it/title)"/>
        </xsl:when>
        <xsl:when test="$title != '' and $tname != ''">
          <xsl:value-of select="concat($title, ' – ', $tname)"/>
        </xsl:when>
        <xsl:when test="$title != ''"><xsl:value-of select="$title"/></xsl:when>
        <xsl:when test="$tname != ''"><xsl:value-of select="$tname"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$site"/></xsl:otherwise>
      </xsl:choose>
    </xsl:attribute>
  </meta>
  <meta property="og:type">
    <xsl:attribute name="content">
      <xsl:choose>
        <xsl:when test="$it">article</xsl:when>
        <xsl:otherwise>website</xsl:otherwise>
      </xsl:choose>
    </xsl:attribute>
  </meta>
  <meta property="og:url" content="{$url}"/>
  <meta property="og:description">
    <xsl:attribute name="content">
      <xsl:choose>
        <xsl:when test="normalize-space($it/summary) != ''">
          <xsl:value-of select="normalize-space($it/summary)"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="ui:t('og-default')"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:attribute>
  </meta>
  <xsl:if test="$img-ok = '1'">
    <meta property="og:image">
      <xsl:attribute name="content">
        <xsl:call-template name="absolute">
          <xsl:with-param name="u" select="$src"/>
        </xsl:call-template>
      </xsl:attribute>
    </meta>
    <xsl:if test="normalize-space($it/image/@alt) != ''">
      <meta property="og:image:alt" content="{normalize-space($it/image/@alt)}"/>
    </xsl:if>
  </xsl:if>
  <meta property="og:locale">
    <xsl:attribute name="content">
      <xsl:choose>
        <xsl:when test="$lang = 'en'">en_GB</xsl:when>
        <xsl:otherwise>fr_FR</xsl:otherwise>
      </xsl:choose>
    </xsl:attribute>
  </meta>
  <xsl:if test="$img-ok = '1'">
    <meta name="twitter:card" content="summary_large_image"/>
  </xsl:if>
</xsl:template>

<!-- The page's iCalendar twin, if it has one: the upcoming agenda with
     its filters (not its cursor), or an event. -->
<xsl:template name="ics-href">
  <xsl:variable name="p" select="/page"/>
  <xsl:choose>
    <xsl:when test="$p/@type = 'agenda' and not($p/list/@past = '1')
        and not($p/query/@passes = '1')">
      <xsl:variable name="filters">
        <xsl:call-template name="query-string">
          <xsl:with-param name="except" select="'|avant|apres|passes|q|'"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:call-template name="suffixed">
        <xsl:with-param name="href">
          <xsl:value-of select="$path-url"/>
          <xsl:if test="$filters != ''">
            <xsl:value-of select="concat('?', $filters)"/>
          </xsl:if>
        </xsl:with-param>
        <xsl:with-param name="ext" select="'ics'"/>
      </xsl:call-template>
    </xsl:when>
    <xsl:when test="$p/@type = 'item' and $p/item/@kind = 'event'">
      <xsl:call-template name="suffixed">
        <xsl:with-param name="href" select="$path-url"/>
        <xsl:with-param name="ext" select="'ics'"/>
      </xsl:call-template>
    </xsl:when>
  </xsl:choose>
</xsl:template>

<!-- A visible link to the page's iCalendar twin ($k: its words). -->
<xsl:template name="ics-link">
  <xsl:param name="k"/>
  <xsl:param name="class" select="'ics'"/>
  <xsl:variable name="ics">
    <xsl:call-template name="ics-href"/>
  </xsl:variable>
  <xsl:if test="$ics != ''">
    <p class="{$class}">
      <a href="{$ics}" type="text/calendar">
        <xsl:value-of select="ui:t($k)"/>
      </a>
    </p>
  </xsl:if>
</xsl:template>

<!-- A visible link to the page's Atom feed ($k: its words), for pages
     one follows: a dossier, a community. -->
<xsl:template name="follow-link">
  <xsl:param name="k"/>
  <xsl:variable name="feed">
    <xsl:call-template name="feed-href"/>
  </xsl:variable>
  <xsl:if test="$feed != ''">
    <p class="follow">
      <a href="{$feed}" type="application/atom+xml">
        <xsl:value-of select="ui:t($k)"/>
      </a>
    </p>
  </xsl:if>
</xsl:template>

<!-- Defaults for pages that define nothing more. -->
<xsl:template match="page" mode="head"/>
<xsl:template match="page" mode="title"/>

<!-- The page's Atom feed, if it has one. -->
<xsl:template name="feed-href">
  <xsl:variable name="p" select="/page"/>
  <xsl:variable name="filters">
    <xsl:call-template name="query-string">
      <xsl:with-param name="except" select="'|avant|apres|du|au|passes|q|'"/>
    </xsl:call-template>
  </xsl:variable>
  <xsl:variable name="path">
    <xsl:choose>
      <xsl:when test="$p/@type = 'portal'">/index.atom</xsl:when>
      <xsl:when test="$p/@type = 'territory' and $tslug != ''">
        <xsl:value-of select="concat('/', $tslug, '/index.atom')"/>
      </xsl:when>
      <xsl:when test="($p/@type = 'list' or $p/@type = 'agenda')
          and not($p/list/@past)">
        <xsl:choose>
          <xsl:when test="substring($path-url, string-length($path-url)) = '/'">
            <xsl:value-of select="substring($path-url, 1,
                string-length($path-url) - 1)"/>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$path-url"/></xsl:otherwise>
        </xsl:choose>
        <xsl:text>.atom</xsl:text>
        <xsl:if test="$filters != ''">
          <xsl:value-of select="concat('?', $filters)"/>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$p/@type = 'theme' or $p/@type = 'tag'
          or $p/@type = 'member' or $p/@type = 'structure'
          or $p/@type = 'community'
          or ($p/@type = 'item' and $p/item/@kind = 'dossier')">
        <xsl:value-of select="concat($path-url, '.atom')"/>
      </xsl:when>
      <!-- A search's feed: its words (and any other filter), no cursor. -->
      <xsl:when test="$p/@type = 'search' and normalize-space($p/query/@q) != ''">
        <xsl:value-of select="concat($path-url, '.atom?')"/>
        <xsl:call-template name="query-string">
          <xsl:with-param name="except" select="'|avant|apres|du|au|passes|'"/>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:variable>
  <xsl:value-of select="$path"/>
</xsl:template>

<!-- The XML twin of the page, with the same query. -->
<xsl:template name="xml-href">
  <xsl:variable name="qs">
    <xsl:call-template name="query-string"/>
  </xsl:variable>
  <xsl:value-of select="$path-url"/>
  <xsl:if test="substring($path-url, string-length($path-url)) = '/'">index</xsl:if>
  <xsl:text>.xml</xsl:text>
  <xsl:if test="$qs != ''">
    <xsl:value-of select="concat('?', $qs)"/>
  </xsl:if>
</xsl:template>

<!-- The same page in the other language. -->
<xsl:template name="lang-href">
  <xsl:param name="to"/>
  <xsl:variable name="qs">
    <xsl:call-template name="query-string"/>
  </xsl:variable>
  <xsl:value-of select="$path-url"/>
  <xsl:text>?</xsl:text>
  <xsl:if test="$qs != ''">
    <xsl:value-of select="concat($qs, '&amp;')"/>
  </xsl:if>
  <xsl:value-of select="concat('lang=', $to)"/>
</xsl:template>

<xsl:template name="site-header">
  <header class="site-header">
    <!-- Marked: a logged-in member's page is the anonymous one, cached,
         with this part replaced (cgi-bin/personal.c). -->
    <xsl:comment>account</xsl:comment>
    <xsl:call-template name="account-nav"/>
    <xsl:comment>/account</xsl:comment>
    <div class="wrap header-bar">
      <p class="brand">
        <a href="/" class="brand-site">
          <img class="brand-logo" src="/images/favicon.svg" alt="" width="32" height="32"/>
          <span><xsl:value-of select="$site"/></span>
        </a>
        <xsl:if test="$tslug != ''">
          <a href="{$thome}" class="brand-territory">
            <xsl:value-of select="$tname"/>
          </a>
        </xsl:if>
      </p>
      <xsl:call-template name="site-search"/>
      <details class="switcher">
        <summary>
          <xsl:value-of select="ui:t('nav-territories')"/>
        </summary>
        <nav>
          <xsl:attribute name="aria-label">
            <xsl:value-of select="ui:t('nav-territories')"/>
          </xsl:attribute>
          <ul>
            <li>
              <a href="/">
                <xsl:if test="/page/@type = 'portal'">
                  <xsl:attribute name="aria-current">page</xsl:attribute>
                </xsl:if>
                <xsl:value-of select="ui:t('network')"/>
              </a>
            </li>
            <xsl:for-each select="/page/territories/territory">
              <li>
                <a href="{@url}">
                  <xsl:if test="@slug = $tslug">
                    <xsl:attribute name="aria-current">
                      <xsl:choose>
                        <xsl:when test="/page/@type = 'territory'">page</xsl:when>
                        <xsl:otherwise>true</xsl:otherwise>
                      </xsl:choose>
                    </xsl:attribute>
                  </xsl:if>
                  <xsl:value-of select="."/>
                </a>
              </li>
            </xsl:for-each>
          </ul>
        </nav>
      </details>
    </div>
    <xsl:if test="$tslug != ''">
      <nav class="sections">
        <xsl:attribute name="aria-label">
          <xsl:value-of select="ui:t('nav-sections')"/>
        </xsl:attribute>
        <ul class="wrap">
          <xsl:call-template name="nav-item">
            <xsl:with-param name="k" select="'sec-home'"/>
            <xsl:with-param name="href" select="$thome"/>
            <xsl:with-param name="here" select="/page/@type = 'territory'"/>
          </xsl:call-template>
          <xsl:call-template name="nav-item">
            <xsl:with-param name="k" select="'sec-articles'"/>
            <xsl:with-param name="href" select="concat($thome, 'articles/')"/>
            <xsl:with-param name="in" select="/page/@kind = 'article'"/>
          </xsl:call-template>
          <xsl:call-template name="nav-item">
            <xsl:with-param name="k" select="'sec-agenda'"/>
            <xsl:with-param name="href" select="concat($thome, 'evenements/')"/>
            <xsl:with-param name="in" select="/page/@kind = 'event'"/>
          </xsl:call-template>
          <xsl:call-template name="nav-item">
            <xsl:with-param name="k" select="'sec-annonces'"/>
            <xsl:with-param name="href" select="concat($thome, 'annonces/')"/>
            <xsl:with-param name="in" select="/page/@kind = 'annonce'"/>
          </xsl:call-template>
          <xsl:call-template name="nav-item">
            <xsl:with-param name="k" select="'sec-dossiers'"/>
            <xsl:with-param name="href" select="concat($thome, 'dossiers/')"/>
            <xsl:with-param name="in" select="/page/@kind = 'dossier'"/>
          </xsl:call-template>
          <xsl:call-template name="nav-item">
            <xsl:with-param name="k" select="'sec-projects'"/>
            <xsl:with-param name="href" select="concat($thome, 'projets/')"/>
            <xsl:with-param name="in" select="/page/@kind = 'project'"/>
          </xsl:call-template>
          <xsl:call-template name="nav-item">
            <xsl:with-param name="k" select="'sec-communities'"/>
            <xsl:with-param name="href" select="concat($thome, 'communautes/')"/>
            <xsl:with-param name="in" select="/page/@type = 'communities'
                or /page/@type = 'community'"/>
          </xsl:call-template>
          <xsl:call-template name="nav-item">
            <xsl:with-param name="k" select="'sec-structures'"/>
            <xsl:with-param name="href" select="concat($thome, 'structures/')"/>
            <xsl:with-param name="in" select="/page/@type = 'structures'
                or /page/@type = 'structure'"/>
          </xsl:call-template>
          <xsl:call-template name="nav-item">
            <xsl:with-param name="k" select="'sec-themes'"/>
            <xsl:with-param name="href" select="concat($thome, 'themes/')"/>
            <xsl:with-param name="in" select="/page/@type = 'themes'
                or /page/@type = 'theme'"/>
          </xsl:call-template>
        </ul>
      </nav>
    </xsl:if>
  </header>
</xsl:template>

<!-- What the viewer may do with the page's item or structure:
     /page/viewer-actions @edit (the edit form, when allowed) and @report
     (the report form).  In a public page's HTML the place is marked
     (comment "actions …" with what decides it) and filled per viewer by
     cgi-bin/personal.c through viewer.xsl, which calls this template. -->
<xsl:template name="viewer-actions">
  <xsl:for-each select="/page/viewer-actions[@edit or @report]">
    <ul class="viewer-actions">
      <xsl:if test="@edit">
        <li>
          <a href="{@edit}" class="button">
            <xsl:value-of select="ui:t('va-edit')"/>
          </a>
        </li>
      </xsl:if>
      <xsl:if test="@report">
        <li>
          <a href="{@report}">
            <xsl:value-of select="ui:t('va-report')"/>
          </a>
        </li>
      </xsl:if>
    </ul>
  </xsl:for-each>
</xsl:template>

<!-- The account links, a thin row above the header's bar: for a member
     logged in (/page/viewer), their name, their account and a logout
     button (a POST form with the session's token); for anyone else,
     "log in" (back to this page afterwards, by "suivant") and "sign up". -->
<xsl:template name="account-nav">
  <xsl:variable name="type" select="string(/page/@type)"/>
  <nav class="account-nav">
    <xsl:attribute name="aria-label">
      <xsl:value-of select="ui:t('acc-nav')"/>
    </xsl:attribute>
    <ul class="wrap">
      <xsl:choose>
        <xsl:when test="/page/viewer">
          <li class="account-name"><xsl:value-of select="/page/viewer/name"/></li>
          <li>
            <a href="/contribuer">
              <xsl:if test="$type = 'contribute'">
                <xsl:attribute name="aria-current">page</xsl:attribute>
              </xsl:if>
              <xsl:value-of select="ui:t('jc-nav')"/>
            </a>
          </li>
          <li>
            <a href="/compte">
              <xsl:if test="$type = 'account'">
                <xsl:attribute name="aria-current">page</xsl:attribute>
              </xsl:if>
              <xsl:value-of select="ui:t('my-account')"/>
            </a>
          </li>
          <!-- A member of a team: its pages (admin.xsl), the network's or
               the first territory's.  Only the viewer decides it: the part
               is kept per session (personal.c). -->
          <xsl:variable name="roles" select="/page/viewer/role"/>
          <xsl:if test="$roles">
            <xsl:variable name="admin-href">
              <xsl:choose>
                <xsl:when test="$roles[@network = '1']">/admin/</xsl:when>
                <xsl:otherwise>
                  <xsl:value-of select="concat('/', $roles[1]/@territory, '/admin/')"/>
                </xsl:otherwise>
              </xsl:choose>
            </xsl:variable>
            <li>
              <a href="{$admin-href}">
                <xsl:if test="/page/@path = $admin-href">
                  <xsl:attribute name="aria-current">page</xsl:attribute>
                </xsl:if>
                <xsl:value-of select="ui:t('adm-link')"/>
              </a>
            </li>
          </xsl:if>
          <li>
            <xsl:call-template name="logout-form">
              <xsl:with-param name="csrf" select="/page/viewer/@csrf"/>
              <xsl:with-param name="class" select="'logout link-button'"/>
            </xsl:call-template>
          </li>
        </xsl:when>
        <xsl:otherwise>
          <li>
            <a>
              <xsl:attribute name="href">
                <xsl:text>/connexion</xsl:text>
                <xsl:if test="not($account-page) and $type != 'error'
                    and $path-url != '/'">
                  <xsl:value-of select="concat('?suivant=', $path-url)"/>
                </xsl:if>
              </xsl:attribute>
              <xsl:if test="$type = 'login'">
                <xsl:attribute name="aria-current">page</xsl:attribute>
              </xsl:if>
              <xsl:value-of select="ui:t('login')"/>
            </a>
          </li>
          <li>
            <a href="/inscription">
              <xsl:if test="$type = 'signup'">
                <xsl:attribute name="aria-current">page</xsl:attribute>
              </xsl:if>
              <xsl:value-of select="ui:t('signup')"/>
            </a>
          </li>
        </xsl:otherwise>
      </xsl:choose>
    </ul>
  </nav>
</xsl:template>

<!-- The logout button: a POST form to /deconnexion with the token of the
     session. -->
<xsl:template name="logout-form">
  <xsl:param name="csrf"/>
  <xsl:param name="class" select="''"/>
  <form method="post" action="/deconnexion" class="logout-form">
    <input type="hidden" name="csrf" value="{$csrf}"/>
    <button type="submit">
      <xsl:if test="$class != ''">
        <xsl:attribute name="class"><xsl:value-of select="$class"/></xsl:attribute>
      </xsl:if>
      <xsl:value-of select="ui:t('logout')"/>
    </button>
  </form>
</xsl:template>

<!-- The search box of the header: the territory's search, or the
     network's.  Its id differs from the search page's own form. -->
<xsl:template name="site-search">
  <form class="site-search" role="search" method="get">
    <xsl:attribute name="action">
      <xsl:if test="$tslug != ''">
        <xsl:value-of select="concat('/', $tslug)"/>
      </xsl:if>
      <xsl:text>/recherche</xsl:text>
    </xsl:attribute>
    <!-- "Rechercher sur Échosciences Grenoble": the name of each site. -->
    <label for="site-q" class="visually-hidden">
      <xsl:value-of select="ui:t('search-in')"/>
      <xsl:value-of select="concat(' ', $site)"/>
      <xsl:if test="$tname != ''">
        <xsl:value-of select="concat(' ', $tname)"/>
      </xsl:if>
    </label>
    <input type="search" id="site-q" name="q" maxlength="200"/>
    <button type="submit">
      <xsl:value-of select="ui:t('search')"/>
    </button>
  </form>
</xsl:template>

<!-- A link of the sections' nav: aria-current="page" on the page itself,
     "true" on the section of the page. -->
<xsl:template name="nav-item">
  <xsl:param name="k"/>
  <xsl:param name="href"/>
  <xsl:param name="here" select="false()"/>
  <xsl:param name="in" select="false()"/>
  <li>
    <a href="{$href}">
      <xsl:choose>
        <xsl:when test="$here or /page/@path = $href">
          <xsl:attribute name="aria-current">page</xsl:attribute>
        </xsl:when>
        <xsl:when test="$in">
          <xsl:attribute name="aria-current">true</xsl:attribute>
        </xsl:when>
      </xsl:choose>
      <xsl:value-of select="ui:t($k)"/>
    </a>
  </li>
</xsl:template>

<xsl:template name="site-footer">
  <xsl:param name="feed"/>
  <xsl:variable name="licence" select="string(/page/@licence)"/>
  <footer class="site-footer">
    <div class="wrap">
      <p class="footer-about">
        <xsl:value-of select="ui:t('footer-about')"/>
      </p>
      <xsl:if test="$licence != ''">
        <p class="footer-licence">
          <xsl:value-of select="ui:t('licence')"/>
          <xsl:text> </xsl:text>
          <xsl:variable name="lurl">
            <xsl:choose>
              <xsl:when test="$licence = 'CC BY-SA 4.0'">https://creativecommons.org/licenses/by-sa/4.0/</xsl:when>
              <xsl:when test="$licence = 'CC BY 4.0'">https://creativecommons.org/licenses/by/4.0/</xsl:when>
              <xsl:when test="$licence = 'CC0 1.0' or $licence = 'CC0'">https://creativecommons.org/publicdomain/zero/1.0/</xsl:when>
            </xsl:choose>
          </xsl:variable>
          <xsl:choose>
            <xsl:when test="$lurl != ''">
              <a rel="license" href="{$lurl}"><xsl:value-of select="$licence"/></a>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="$licence"/></xsl:otherwise>
          </xsl:choose>
          <xsl:text>.</xsl:text>
        </p>
      </xsl:if>
      <ul class="footer-links">
        <xsl:if test="$feed != ''">
          <li>
            <a href="{$feed}" type="application/atom+xml">
              <xsl:value-of select="ui:t('feed-page')"/>
            </a>
          </li>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="$tslug != ''">
            <xsl:if test="$feed != concat('/', $tslug, '/index.atom')">
              <li>
                <a href="/{$tslug}/index.atom" type="application/atom+xml">
                  <xsl:value-of select="ui:t('feed-territory')"/>
                </a>
              </li>
            </xsl:if>
          </xsl:when>
          <xsl:when test="$feed != '/index.atom'">
            <li>
              <a href="/index.atom" type="application/atom+xml">
                <xsl:value-of select="ui:t('feed-network')"/>
              </a>
            </li>
          </xsl:when>
        </xsl:choose>
        <xsl:if test="/page/@type != 'error' and not($account-page)">
          <li>
            <a type="application/xml">
              <xsl:attribute name="href">
                <xsl:call-template name="xml-href"/>
              </xsl:attribute>
              <xsl:value-of select="ui:t('xml-page')"/>
            </a>
          </li>
        </xsl:if>
        <li>
          <a href="/partenaires/">
            <xsl:if test="/page/@type = 'partners'">
              <xsl:attribute name="aria-current">page</xsl:attribute>
            </xsl:if>
            <xsl:value-of select="ui:t('partners')"/>
          </a>
        </li>
        <li>
          <xsl:choose>
            <xsl:when test="$lang = 'en'">
              <a lang="fr" hreflang="fr">
                <xsl:attribute name="href">
                  <xsl:call-template name="lang-href">
                    <xsl:with-param name="to" select="'fr'"/>
                  </xsl:call-template>
                </xsl:attribute>
                <xsl:text>Version française</xsl:text>
              </a>
            </xsl:when>
            <xsl:otherwise>
              <a lang="en" hreflang="en">
                <xsl:attribute name="href">
                  <xsl:call-template name="lang-href">
                    <xsl:with-param name="to" select="'en'"/>
                  </xsl:call-template>
                </xsl:attribute>
                <xsl:text>English version</xsl:text>
              </a>
            </xsl:otherwise>
          </xsl:choose>
        </li>
      </ul>
    </div>
  </footer>
</xsl:template>

<!-- ==================================================================
     Pieces of pages
     ================================================================== -->

<!-- A visible mark for cancelled and postponed events. -->
<xsl:template name="status-badge">
  <xsl:param name="s" select="string(event-status)"/>
  <xsl:if test="$s = 'cancelled' or $s = 'postponed'">
    <strong class="badge badge-{$s}">
      <xsl:value-of select="ui:t(concat('st-', $s))"/>
    </strong>
  </xsl:if>
</xsl:template>

<!-- An <img> for a user-given src, if the URL is acceptable. -->
<xsl:template name="img">
  <xsl:param name="src"/>
  <xsl:param name="alt" select="''"/>
  <xsl:param name="class" select="''"/>
  <xsl:param name="lazy" select="true()"/>
  <xsl:variable name="ok">
    <xsl:call-template name="url-ok">
      <xsl:with-param name="u" select="$src"/>
    </xsl:call-template>
  </xsl:variable>
  <xsl:if test="$ok = '1'">
    <img src="{$src}" alt="{$alt}">
      <xsl:if test="$class != ''">
        <xsl:attribute name="class"><xsl:value-of select="$class"/></xsl:attribute>
      </xsl:if>
      <xsl:if test="$lazy">
        <xsl:attribute name="loading">lazy</xsl:attribute>
      </xsl:if>
    </img>
  </xsl:if>
</xsl:template>

<!-- A link to a user-given URL, as text when the URL is not acceptable. -->
<xsl:template name="ext-link">
  <xsl:param name="href"/>
  <xsl:param name="text" select="$href"/>
  <xsl:variable name="ok">
    <xsl:call-template name="url-ok">
      <xsl:with-param name="u" select="$href"/>
    </xsl:call-template>
  </xsl:variable>
  <xsl:choose>
    <xsl:when test="$ok = '1'">
      <a href="{$href}" rel="ugc noopener"><xsl:value-of select="$text"/></a>
    </xsl:when>
    <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- A list of item cards, or a short note when there is none. -->
<xsl:template name="cards">
  <xsl:param name="items"/>
  <xsl:param name="level" select="3"/>
  <xsl:param name="class" select="''"/>
  <xsl:choose>
    <xsl:when test="$items">
      <ul class="cards {$class}">
        <xsl:for-each select="$items">
          <li>
            <xsl:apply-templates select="." mode="card">
              <xsl:with-param name="level" select="$level"/>
            </xsl:apply-templates>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:when>
    <xsl:otherwise>
      <p class="empty">
        <xsl:value-of select="ui:t('empty')"/>
      </p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- An item of any listing, as a card. -->
<xsl:template match="item" mode="card">
  <xsl:param name="level" select="3"/>
  <xsl:variable name="it-slug">
    <xsl:call-template name="item-tslug"/>
  </xsl:variable>
  <xsl:variable name="t">
    <xsl:choose>
      <xsl:when test="$tslug != ''"><xsl:value-of select="$tslug"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$it-slug"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="status" select="string(event-status)"/>
  <article class="card card-{@kind} status-{$status}{substring('scheduled', 1, 9 * number($status = ''))}">
    <div class="card-body">
      <p class="card-kind">
        <xsl:call-template name="kind-label"/>
        <xsl:call-template name="status-badge"/>
      </p>
      <xsl:element name="h{$level}">
        <xsl:attribute name="class">card-title</xsl:attribute>
        <a href="{@url}">
          <xsl:call-template name="content-lang"/>
          <xsl:value-of select="title"/>
        </a>
      </xsl:element>
      <p class="card-when">
        <xsl:choose>
          <xsl:when test="@kind = 'event' and timing/@begins">
            <xsl:call-template name="time-date-time">
              <xsl:with-param name="d" select="timing/@begins"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="published">
            <xsl:call-template name="time-date-short">
              <xsl:with-param name="d" select="published"/>
            </xsl:call-template>
          </xsl:when>
        </xsl:choose>
        <xsl:if test="place/name or place/city">
          <span class="card-place">
            <xsl:value-of select="place/name"/>
            <xsl:if test="place/name and place/city">, </xsl:if>
            <xsl:value-of select="place/city"/>
          </span>
        </xsl:if>
      </p>
      <xsl:if test="normalize-space(summary) != ''">
        <p class="card-summary">
          <xsl:call-template name="content-lang"/>
          <xsl:value-of select="summary"/>
        </p>
      </xsl:if>
      <p class="card-meta">
        <span class="card-territory">
          <xsl:call-template name="item-tname"/>
        </span>
        <xsl:if test="theme/@slug">
          <span class="card-theme">
            <xsl:call-template name="theme-link">
              <xsl:with-param name="t" select="$t"/>
            </xsl:call-template>
          </span>
        </xsl:if>
        <xsl:if test="@comments > 0">
          <a class="card-comments" href="{@url}#commentaires">
            <xsl:call-template name="number">
              <xsl:with-param name="n" select="@comments"/>
            </xsl:call-template>
            <xsl:text> </xsl:text>
            <xsl:call-template name="t">
              <xsl:with-param name="k">
                <xsl:choose>
                  <xsl:when test="@comments = 1">cm-count-1</xsl:when>
                  <xsl:otherwise>cm-count-n</xsl:otherwise>
                </xsl:choose>
              </xsl:with-param>
            </xsl:call-template>
          </a>
        </xsl:if>
      </p>
    </div>
    <xsl:if test="image/@src">
      <xsl:call-template name="img">
        <xsl:with-param name="src" select="image/@src"/>
        <xsl:with-param name="class" select="'card-img'"/>
      </xsl:call-template>
    </xsl:if>
  </article>
</xsl:template>

<!-- A "see all" link under a section. -->
<xsl:template name="more-link">
  <xsl:param name="href"/>
  <xsl:param name="k"/>
  <p class="more">
    <a href="{$href}">
      <xsl:value-of select="ui:t($k)"/>
    </a>
  </p>
</xsl:template>

<!-- The link to the next page of a listing. -->
<xsl:template name="next-link">
  <xsl:param name="k" select="'older'"/>
  <xsl:if test="/page/list/next/@href">
    <nav class="pager">
      <xsl:attribute name="aria-label">
        <xsl:value-of select="ui:t($k)"/>
      </xsl:attribute>
      <a rel="next" href="{/page/list/next/@href}">
        <xsl:value-of select="ui:t($k)"/>
        <span aria-hidden="true"> →</span>
      </a>
    </nav>
  </xsl:if>
</xsl:template>

<!-- The <select> of themes of a filter form. -->
<xsl:template name="theme-select">
  <xsl:param name="id" select="'f-theme'"/>
  <div class="field">
    <label for="{$id}">
      <xsl:value-of select="ui:t('theme')"/>
    </label>
    <select id="{$id}" name="theme">
      <option value="">
        <xsl:value-of select="ui:t('all-themes')"/>
      </option>
      <xsl:for-each select="/page/themes/theme">
        <option value="{@slug}">
          <xsl:if test="@slug = /page/query/@theme">
            <xsl:attribute name="selected">selected</xsl:attribute>
          </xsl:if>
          <xsl:call-template name="theme-name">
            <xsl:with-param name="th" select="."/>
          </xsl:call-template>
        </option>
      </xsl:for-each>
    </select>
  </div>
</xsl:template>

<!-- The tag filter, shown when a listing is filtered by tag; its link
     keeps the other filters. -->
<xsl:template name="tag-filter">
  <xsl:if test="/page/tag-filter">
    <p class="active-filter">
      <xsl:value-of select="ui:t('tag')"/>
      <xsl:value-of select="ui:t('colon')"/>
      <strong><xsl:value-of select="/page/tag-filter/name"/></strong>
      <xsl:text> </xsl:text>
      <xsl:variable name="qs">
        <xsl:call-template name="query-string">
          <xsl:with-param name="except" select="'|tag|avant|apres|'"/>
        </xsl:call-template>
      </xsl:variable>
      <a class="remove">
        <xsl:attribute name="href">
          <xsl:value-of select="$path-url"/>
          <xsl:if test="$qs != ''"><xsl:value-of select="concat('?', $qs)"/></xsl:if>
        </xsl:attribute>
        <xsl:value-of select="ui:t('remove-filter')"/>
        <span class="visually-hidden">
          <xsl:text> </xsl:text>
          <xsl:value-of select="/page/tag-filter/name"/>
        </span>
      </a>
    </p>
  </xsl:if>
</xsl:template>

<!-- ==================================================================
     Bodies: the XHTML made from Markdown, copied as HTML elements.
     Headings are renumbered so that the body's first level is $top and
     no level is skipped.
     ================================================================== -->

<xsl:template match="p|ul|li|em|strong|code|pre|blockquote|br|hr|span"
    mode="prose">
  <xsl:param name="top" select="2"/>
  <xsl:element name="{local-name()}">
    <xsl:apply-templates mode="prose">
      <xsl:with-param name="top" select="$top"/>
    </xsl:apply-templates>
  </xsl:element>
</xsl:template>

<xsl:template match="ol" mode="prose">
  <xsl:param name="top" select="2"/>
  <ol>
    <xsl:if test="string(number(@start)) != 'NaN'">
      <xsl:attribute name="start"><xsl:value-of select="number(@start)"/></xsl:attribute>
    </xsl:if>
    <xsl:apply-templates mode="prose">
      <xsl:with-param name="top" select="$top"/>
    </xsl:apply-templates>
  </ol>
</xsl:template>

<xsl:template match="a" mode="prose">
  <xsl:param name="top" select="2"/>
  <xsl:variable name="ok">
    <xsl:call-template name="url-ok">
      <xsl:with-param name="u" select="@href"/>
    </xsl:call-template>
  </xsl:variable>
  <xsl:choose>
    <xsl:when test="$ok = '1' or starts-with(translate(@href, 'MAILTO', 'mailto'), 'mailto:')">
      <a href="{@href}">
        <xsl:if test="@title"><xsl:attribute name="title"><xsl:value-of select="@title"/></xsl:attribute></xsl:if>
        <xsl:if test="@rel">
          <xsl:attribute name="rel">
            <xsl:choose>
              <!-- Comments' links: no credit to whatever a stranger links to. -->
              <xsl:when test="contains(@rel, 'nofollow')">ugc nofollow noopener</xsl:when>
              <xsl:otherwise>ugc noopener</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
        </xsl:if>
        <xsl:apply-templates mode="prose">
          <xsl:with-param name="top" select="$top"/>
        </xsl:apply-templates>
      </a>
    </xsl:when>
    <xsl:otherwise>
      <xsl:apply-templates mode="prose">
        <xsl:with-param name="top" select="$top"/>
      </xsl:apply-templates>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template match="img" mode="prose">
  <xsl:call-template name="img">
    <xsl:with-param name="src" select="@src"/>
    <xsl:with-param name="alt" select="@alt"/>
  </xsl:call-template>
</xsl:template>

<xsl:template match="h1|h2|h3|h4|h5|h6" mode="prose">
  <xsl:param name="top" select="2"/>
  <xsl:variable name="c" select="ancestor::*[self::body or self::bio or self::description][1]"/>
  <xsl:variable name="l" select="number(substring(local-name(), 2))"/>
  <xsl:variable name="rank" select="number($l > 1 and boolean($c//h1))
      + number($l > 2 and boolean($c//h2)) + number($l > 3 and boolean($c//h3))
      + number($l > 4 and boolean($c//h4)) + number($l > 5 and boolean($c//h5))"/>
  <xsl:variable name="n">
    <xsl:choose>
      <xsl:when test="$top + $rank > 6">6</xsl:when>
      <xsl:otherwise><xsl:value-of select="$top + $rank"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:element name="h{$n}">
    <xsl:apply-templates mode="prose">
      <xsl:with-param name="top" select="$top"/>
    </xsl:apply-templates>
  </xsl:element>
</xsl:template>

<!-- Anything else: its content only. -->
<xsl:template match="*" mode="prose">
  <xsl:param name="top" select="2"/>
  <xsl:apply-templates mode="prose">
    <xsl:with-param name="top" select="$top"/>
  </xsl:apply-templates>
</xsl:template>

<xsl:template match="text()" mode="prose">
  <xsl:value-of select="."/>
</xsl:template>

</xsl:stylesheet>
