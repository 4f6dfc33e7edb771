<?xml version="1.0" encoding="UTF-8"?>
<!--
  common.xsl: what both the HTML pages (layout.xsl) and the Atom feeds
  (atom.xsl) need, and no xsl:output (each of those two sets its own):
  page-wide values, the UI strings in both languages (template "t": the
  only place where words of the interface are written), dates (RFC 3339
  in Europe/Paris time, as the C code writes them), numbers, URL checks.

  The XML is built by cgi-bin/ (page.c page_begin and the page-*.c
  handlers; column aliases in db-stmts.c).  Nothing here reads files or
  the network.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    xmlns:str="http://exslt.org/strings"
    extension-element-prefixes="exsl str"
    exclude-result-prefixes="exsl str">

<xsl:decimal-format name="fr" grouping-separator="&#160;" decimal-separator=","/>
<xsl:decimal-format name="en" grouping-separator="," decimal-separator="."/>

<!-- ==================================================================
     Page-wide values
     ================================================================== -->

<xsl:variable name="lang">
  <xsl:choose>
    <xsl:when test="/page/@lang = 'en'">en</xsl:when>
    <xsl:otherwise>fr</xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<xsl:variable name="base" select="string(/page/@base)"/>

<xsl:variable name="site">
  <xsl:choose>
    <xsl:when test="normalize-space(/page/@site-name) != ''">
      <xsl:value-of select="/page/@site-name"/>
    </xsl:when>
    <xsl:otherwise>Échosciences</xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<!-- The page's path for href and action attributes: percent-encoded, so
     that even a hostile path (error pages echo any path) stays a valid URL. -->
<xsl:variable name="path-url"
    select="str:replace(str:encode-uri(string(/page/@path), true()), '%2F', '/')"/>

<!-- The first segment of the path: a territory's slug on most pages. -->
<xsl:variable name="seg1"
    select="substring-before(substring(/page/@path, 2), '/')"/>

<!-- The territory the page belongs to: the page's own, a member's home
     territory, or (error pages) the one named by the path. -->
<xsl:variable name="tslug">
  <xsl:choose>
    <xsl:when test="/page/territory/@slug">
      <xsl:value-of select="/page/territory/@slug"/>
    </xsl:when>
    <xsl:when test="/page/member/territory/@slug">
      <xsl:value-of select="/page/member/territory/@slug"/>
    </xsl:when>
    <xsl:when test="$seg1 != '' and /page/territories/territory[@slug = $seg1]">
      <xsl:value-of select="$seg1"/>
    </xsl:when>
  </xsl:choose>
</xsl:variable>

<xsl:variable name="tname"
    select="string(/page/territories/territory[@slug = $tslug])"/>

<xsl:variable name="thome">
  <xsl:choose>
    <xsl:when test="$tslug != ''">
      <xsl:value-of select="concat('/', $tslug, '/')"/>
    </xsl:when>
    <xsl:otherwise>/</xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<!-- ==================================================================
     UI strings: the only place where words of the interface are written.
     ================================================================== -->

<xsl:variable name="strings-rtf">
  <!-- chrome -->
  <s k="skip" fr="Aller au contenu" en="Skip to main content"/>
  <s k="tagline" fr="Le réseau social de la culture scientifique" en="The social network of science culture"/>
  <s k="nav-sections" fr="Rubriques" en="Sections"/>
  <s k="nav-territories" fr="Territoires" en="Territories"/>
  <s k="nav-breadcrumb" fr="Fil d’Ariane" en="Breadcrumb"/>
  <s k="network" fr="Réseau national" en="National network"/>
  <s k="sec-home" fr="À la une" en="Home"/>
  <s k="sec-articles" fr="Articles" en="Articles"/>
  <s k="sec-agenda" fr="Agenda" en="Events"/>
  <s k="sec-annonces" fr="Annonces" en="Notices"/>
  <s k="sec-dossiers" fr="Dossiers" en="Features"/>
  <s k="sec-projects" fr="Projets" en="Projects"/>
  <s k="sec-structures" fr="Structures" en="Organisations"/>
  <s k="sec-themes" fr="Thèmes" en="Themes"/>
  <s k="licence" fr="Contenus publiés sous licence" en="Content published under the licence"/>
  <s k="feed-page" fr="Flux Atom de cette page" en="Atom feed of this page"/>
  <s k="feed-territory" fr="Flux Atom du territoire" en="Atom feed of the territory"/>
  <s k="feed-network" fr="Flux Atom du réseau" en="Atom feed of the network"/>
  <s k="xml-page" fr="Cette page en XML" en="This page as XML"/>
  <s k="footer-about" fr="Échosciences, le réseau social de la culture scientifique, technique et industrielle." en="Échosciences, the social network of scientific, technical and industrial culture."/>
  <s k="footer-links" fr="Liens du pied de page" en="Footer links"/>
  <!-- kinds of contributions -->
  <s k="k-article" fr="Article" en="Article"/>
  <s k="k-event" fr="Événement" en="Event"/>
  <s k="k-annonce" fr="Annonce" en="Notice"/>
  <s k="k-dossier" fr="Dossier" en="Feature"/>
  <s k="k-project" fr="Projet" en="Project"/>
  <s k="p-article" fr="Articles" en="Articles"/>
  <s k="p-event" fr="Agenda" en="Events"/>
  <s k="p-annonce" fr="Annonces" en="Notices"/>
  <s k="p-dossier" fr="Dossiers" en="Features"/>
  <s k="p-project" fr="Projets" en="Projects"/>
  <!-- an item -->
  <s k="by" fr="Par" en="By"/>
  <s k="published" fr="Publié le" en="Published"/>
  <s k="updated" fr="mis à jour le" en="updated"/>
  <s k="views" fr="vues" en="views"/>
  <s k="view" fr="vue" en="view"/>
  <s k="theme" fr="Thème" en="Theme"/>
  <s k="tags" fr="Mots-clés" en="Tags"/>
  <s k="tag" fr="Mot-clé" en="Tag"/>
  <s k="shared" fr="Partagé sur" en="Shared on"/>
  <s k="structure" fr="Structure" en="Organisation"/>
  <s k="practical" fr="Infos pratiques" en="Practical information"/>
  <s k="dates" fr="Dates" en="Dates"/>
  <s k="date" fr="Date" en="Date"/>
  <s k="place" fr="Lieu" en="Venue"/>
  <s k="map" fr="Voir le lieu sur OpenStreetMap" en="See the venue on OpenStreetMap"/>
  <s k="audience" fr="Public" en="Audience"/>
  <s k="price" fr="Tarif" en="Price"/>
  <s k="mode" fr="Format" en="Format"/>
  <s k="mode-offline" fr="Sur place" en="In person"/>
  <s k="mode-online" fr="En ligne" en="Online"/>
  <s k="mode-mixed" fr="Sur place et en ligne" en="In person and online"/>
  <s k="registration" fr="Inscription" en="Registration"/>
  <s k="register" fr="S’inscrire" en="Register"/>
  <s k="status" fr="Statut" en="Status"/>
  <s k="st-cancelled" fr="Annulé" en="Cancelled"/>
  <s k="st-postponed" fr="Reporté" en="Postponed"/>
  <s k="st-scheduled" fr="Programmé" en="Scheduled"/>
  <s k="notice-cancelled" fr="Cet événement est annulé." en="This event is cancelled."/>
  <s k="notice-postponed" fr="Cet événement est reporté : de nouvelles dates seront annoncées." en="This event is postponed: new dates will be announced."/>
  <s k="annonce-kind" fr="Type d’annonce" en="Kind of notice"/>
  <s k="ak-call" fr="Appel à projets" en="Call for projects"/>
  <s k="ak-job" fr="Offre d’emploi" en="Job offer"/>
  <s k="ak-volunteers" fr="Appel à bénévoles" en="Volunteers wanted"/>
  <s k="ak-other" fr="Autre" en="Other"/>
  <s k="deadline" fr="Date limite" en="Deadline"/>
  <s k="in-dossier" fr="Dans ce dossier" en="In this feature"/>
  <!-- listings -->
  <s k="filters" fr="Filtres" en="Filters"/>
  <s k="filter" fr="Filtrer" en="Filter"/>
  <s k="all-themes" fr="Tous les thèmes" en="All themes"/>
  <s k="remove-filter" fr="Retirer le filtre" en="Remove the filter"/>
  <s k="older" fr="Plus ancien" en="Older"/>
  <s k="later" fr="Plus tard" en="Later"/>
  <s k="empty" fr="Rien à afficher pour l’instant." en="Nothing to show yet."/>
  <s k="empty-agenda" fr="Aucun événement ne correspond à cette recherche." en="No event matches this search."/>
  <s k="colon" fr="&#160;: " en=": "/>
  <s k="from" fr="Du" en="From"/>
  <s k="to" fr="Au" en="To"/>
  <s k="from-l" fr="du" en="from"/>
  <s k="to-l" fr="au" en="to"/>
  <s k="until" fr="jusqu’au" en="until"/>
  <s k="past-events" fr="Voir les événements passés" en="See past events"/>
  <s k="upcoming-back" fr="Revenir aux événements à venir" en="Back to upcoming events"/>
  <s k="past-title" fr="Événements passés" en="Past events"/>
  <s k="upcoming-title" fr="Agenda" en="Events"/>
  <!-- home pages -->
  <s k="stats" fr="Le réseau en chiffres" en="The network in figures"/>
  <s k="st-territories" fr="territoires" en="territories"/>
  <s k="st-members" fr="membres" en="members"/>
  <s k="st-contributions" fr="contributions" en="contributions"/>
  <s k="st-visits" fr="pages vues en 30 jours" en="page views in 30 days"/>
  <s k="territories-title" fr="Les territoires" en="Territories"/>
  <s k="latest" fr="Dernières publications" en="Latest posts"/>
  <s k="upcoming" fr="Prochains événements" en="Upcoming events"/>
  <s k="themes" fr="Thèmes" en="Themes"/>
  <s k="featured" fr="À la une" en="Featured"/>
  <s k="latest-articles" fr="Derniers articles" en="Latest articles"/>
  <s k="annonces" fr="Annonces" en="Notices"/>
  <s k="all-articles" fr="Tous les articles" en="All articles"/>
  <s k="all-agenda" fr="Tout l’agenda" en="All events"/>
  <s k="all-annonces" fr="Toutes les annonces" en="All notices"/>
  <s k="territory-intro" fr="La culture scientifique près de chez vous : articles, événements, annonces et projets des acteurs du territoire." en="Science culture near you: articles, events, notices and projects from local organisations."/>
  <!-- profiles -->
  <s k="member-since" fr="Membre depuis le" en="Member since"/>
  <s k="website" fr="Site web" en="Website"/>
  <s k="contributions" fr="Contributions" en="Contributions"/>
  <s k="about" fr="Présentation" en="About"/>
  <s k="home-territory" fr="Territoire" en="Territory"/>
  <s k="mk-person" fr="Membre" en="Member"/>
  <s k="mk-institution" fr="Institution" en="Institution"/>
  <s k="mk-company" fr="Entreprise" en="Company"/>
  <s k="sk-museum" fr="Musée, centre de sciences" en="Museum, science centre"/>
  <s k="sk-lab" fr="Laboratoire" en="Laboratory"/>
  <s k="sk-association" fr="Association" en="Association"/>
  <s k="sk-company" fr="Entreprise" en="Company"/>
  <s k="sk-library" fr="Bibliothèque" en="Library"/>
  <s k="sk-school" fr="Établissement d’enseignement" en="School or university"/>
  <s k="sk-other" fr="Structure" en="Organisation"/>
  <s k="address" fr="Adresse" en="Address"/>
  <s k="structures-intro" fr="Musées, laboratoires, associations, bibliothèques… les acteurs de la culture scientifique du territoire." en="Museums, laboratories, associations, libraries… the organisations of science culture in the territory."/>
  <s k="themes-intro" fr="Toutes les contributions du territoire, classées par thème." en="All contributions of the territory, by theme."/>
  <s k="theme-intro" fr="Les contributions du thème" en="Contributions on the theme"/>
  <s k="tag-intro" fr="Les contributions avec le mot-clé" en="Contributions tagged"/>
  <!-- errors -->
  <s k="err-400" fr="Requête invalide" en="Bad request"/>
  <s k="err-404" fr="Page introuvable" en="Page not found"/>
  <s k="err-405" fr="Méthode non autorisée" en="Method not allowed"/>
  <s k="err-413" fr="Requête trop volumineuse" en="Request too large"/>
  <s k="err-414" fr="Adresse trop longue" en="Address too long"/>
  <s k="err-500" fr="Erreur interne" en="Internal error"/>
  <s k="err-503" fr="Service indisponible" en="Service unavailable"/>
  <s k="err-other" fr="Erreur" en="Error"/>
  <s k="msg-400" fr="La requête n’a pas pu être comprise. Vérifiez l’adresse ou les filtres choisis." en="The request could not be understood. Check the address or the chosen filters."/>
  <s k="msg-400-key-a" fr="La valeur du paramètre" en="The value of the parameter"/>
  <s k="msg-400-key-b" fr="n’est pas valide." en="is not valid."/>
  <s k="msg-404" fr="La page demandée n’existe pas, ou plus. Elle a peut-être été déplacée ou dépubliée." en="The page you asked for does not exist, or no longer does. It may have been moved or unpublished."/>
  <s k="msg-405" fr="Cette adresse ne se consulte qu’en lecture (GET ou HEAD)." en="This address can only be read (GET or HEAD)."/>
  <s k="msg-413" fr="Les données envoyées sont trop volumineuses." en="The data sent is too large."/>
  <s k="msg-414" fr="L’adresse demandée est trop longue." en="The requested address is too long."/>
  <s k="msg-500" fr="Une erreur inattendue s’est produite de notre côté. Réessayez dans un instant." en="An unexpected error happened on our side. Please try again in a moment."/>
  <s k="msg-503" fr="Service momentanément indisponible, réessayez dans quelques secondes." en="Service temporarily unavailable, please try again in a few seconds."/>
  <s k="error-code" fr="Code d’erreur" en="Error code"/>
  <s k="back-home" fr="Revenir à l’accueil" en="Back to the home page"/>
  <s k="back-territory" fr="Revenir à l’accueil du territoire" en="Back to the territory’s home page"/>
  <!-- dates -->
  <s k="wd0" fr="dimanche" en="Sunday"/>
  <s k="wd1" fr="lundi" en="Monday"/>
  <s k="wd2" fr="mardi" en="Tuesday"/>
  <s k="wd3" fr="mercredi" en="Wednesday"/>
  <s k="wd4" fr="jeudi" en="Thursday"/>
  <s k="wd5" fr="vendredi" en="Friday"/>
  <s k="wd6" fr="samedi" en="Saturday"/>
  <s k="m1" fr="janvier" en="January"/>
  <s k="m2" fr="février" en="February"/>
  <s k="m3" fr="mars" en="March"/>
  <s k="m4" fr="avril" en="April"/>
  <s k="m5" fr="mai" en="May"/>
  <s k="m6" fr="juin" en="June"/>
  <s k="m7" fr="juillet" en="July"/>
  <s k="m8" fr="août" en="August"/>
  <s k="m9" fr="septembre" en="September"/>
  <s k="m10" fr="octobre" en="October"/>
  <s k="m11" fr="novembre" en="November"/>
  <s k="m12" fr="décembre" en="December"/>
  <s k="ms1" fr="janv." en="Jan"/>
  <s k="ms2" fr="févr." en="Feb"/>
  <s k="ms3" fr="mars" en="Mar"/>
  <s k="ms4" fr="avr." en="Apr"/>
  <s k="ms5" fr="mai" en="May"/>
  <s k="ms6" fr="juin" en="Jun"/>
  <s k="ms7" fr="juil." en="Jul"/>
  <s k="ms8" fr="août" en="Aug"/>
  <s k="ms9" fr="sept." en="Sep"/>
  <s k="ms10" fr="oct." en="Oct"/>
  <s k="ms11" fr="nov." en="Nov"/>
  <s k="ms12" fr="déc." en="Dec"/>
</xsl:variable>

<xsl:variable name="strings" select="exsl:node-set($strings-rtf)/s"/>

<!-- The UI string `k` in the page's language. -->
<xsl:template name="t">
  <xsl:param name="k"/>
  <xsl:variable name="s" select="$strings[@k = $k]"/>
  <xsl:choose>
    <xsl:when test="$lang = 'en' and $s/@en">
      <xsl:value-of select="$s/@en"/>
    </xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="$s/@fr"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- ==================================================================
     Small helpers
     ================================================================== -->

<xsl:template name="number">
  <xsl:param name="n"/>
  <xsl:choose>
    <xsl:when test="string(number($n)) = 'NaN'">
      <xsl:value-of select="$n"/>
    </xsl:when>
    <xsl:when test="$lang = 'en'">
      <xsl:value-of select="format-number($n, '#,##0', 'en')"/>
    </xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="format-number($n, '#&#160;##0', 'fr')"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- 1 when $u may be put in an href or src: http(s) or a local path. -->
<xsl:template name="url-ok">
  <xsl:param name="u"/>
  <xsl:variable name="l"
      select="translate(substring($u, 1, 8), 'HTPS', 'htps')"/>
  <xsl:if test="starts-with($l, 'https://') or starts-with($l, 'http://')
      or (starts-with($u, '/') and not(starts-with($u, '//')))">1</xsl:if>
</xsl:template>

<!-- Contributions are written in French: on English pages, their texts
     say so (WCAG 3.1.2, language of parts).  Call first in an element. -->
<xsl:template name="content-lang">
  <xsl:if test="$lang != 'fr'">
    <xsl:attribute name="lang">fr</xsl:attribute>
  </xsl:if>
</xsl:template>

<!-- The section of a kind in URLs. -->
<xsl:template name="kind-section">
  <xsl:param name="kind"/>
  <xsl:choose>
    <xsl:when test="$kind = 'article'">articles</xsl:when>
    <xsl:when test="$kind = 'event'">evenements</xsl:when>
    <xsl:when test="$kind = 'annonce'">annonces</xsl:when>
    <xsl:when test="$kind = 'dossier'">dossiers</xsl:when>
    <xsl:when test="$kind = 'project'">projets</xsl:when>
  </xsl:choose>
</xsl:template>

<!-- "k=v&k2=v2" from the page's query, less the keys named in $except
     ("|avant|apres|"); values are URL-encoded. -->
<xsl:template name="query-string">
  <xsl:param name="except" select="''"/>
  <xsl:for-each select="/page/query/@*[not(contains($except,
      concat('|', name(), '|')))]">
    <xsl:if test="position() > 1">&amp;</xsl:if>
    <xsl:value-of select="name()"/>
    <xsl:text>=</xsl:text>
    <xsl:value-of select="str:encode-uri(string(.), true())"/>
  </xsl:for-each>
</xsl:template>

<!-- The name of a theme: element(s) with @en and either a <name> child
     (theme lists) or their own text (items' theme). -->
<xsl:template name="theme-name">
  <xsl:param name="th" select="theme"/>
  <xsl:choose>
    <xsl:when test="$lang = 'en' and $th/@en">
      <xsl:value-of select="$th/@en"/>
    </xsl:when>
    <xsl:when test="$th/name">
      <xsl:value-of select="$th/name"/>
    </xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="normalize-space($th[normalize-space(text()) != ''][1])"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- An item's territory (slug, name): `<territory slug>` and
     `<territory>name</territory>` may be one element or two. -->
<xsl:template name="item-tslug">
  <xsl:value-of select="(territory/@slug)[1]"/>
</xsl:template>

<xsl:template name="item-tname">
  <xsl:variable name="s" select="(territory/@slug)[1]"/>
  <xsl:variable name="own" select="normalize-space(territory[normalize-space(text()) != ''][1])"/>
  <xsl:choose>
    <xsl:when test="$own != ''"><xsl:value-of select="$own"/></xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="/page/territories/territory[@slug = $s]"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- A link to a theme's page in the current territory (or the item's). -->
<xsl:template name="theme-link">
  <xsl:param name="th" select="theme"/>
  <xsl:param name="t" select="$tslug"/>
  <xsl:variable name="slug" select="($th/@slug)[1]"/>
  <xsl:choose>
    <xsl:when test="$t != '' and $slug">
      <a href="/{$t}/themes/{$slug}">
        <xsl:call-template name="theme-name">
          <xsl:with-param name="th" select="$th"/>
        </xsl:call-template>
      </a>
    </xsl:when>
    <xsl:otherwise>
      <xsl:call-template name="theme-name">
        <xsl:with-param name="th" select="$th"/>
      </xsl:call-template>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- ==================================================================
     Dates: RFC 3339 ("2026-12-03T20:00:00+01:00") or "2026-12-03",
     already in Europe/Paris time.
     ================================================================== -->

<!-- 0 = Sunday … 6 = Saturday (Sakamoto). -->
<xsl:template name="weekday">
  <xsl:param name="d"/>
  <xsl:variable name="y0" select="number(substring($d, 1, 4))"/>
  <xsl:variable name="m" select="number(substring($d, 6, 2))"/>
  <xsl:variable name="dd" select="number(substring($d, 9, 2))"/>
  <xsl:variable name="y" select="$y0 - number($m &lt; 3)"/>
  <xsl:variable name="t" select="number(substring('032503514624', $m, 1))"/>
  <xsl:value-of select="($y + floor($y div 4) - floor($y div 100)
      + floor($y div 400) + $t + $dd) mod 7"/>
</xsl:template>

<xsl:template name="day-of-month">
  <xsl:param name="d"/>
  <xsl:variable name="dd" select="number(substring($d, 9, 2))"/>
  <xsl:value-of select="$dd"/>
  <xsl:if test="$dd = 1 and $lang = 'fr'">er</xsl:if>
</xsl:template>

<!-- "mercredi 3 décembre 2026" / "Wednesday 3 December 2026" -->
<xsl:template name="date-long">
  <xsl:param name="d"/>
  <xsl:param name="weekday" select="true()"/>
  <xsl:if test="$weekday">
    <xsl:call-template name="t">
      <xsl:with-param name="k">
        <xsl:text>wd</xsl:text>
        <xsl:call-template name="weekday">
          <xsl:with-param name="d" select="$d"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:text> </xsl:text>
  </xsl:if>
  <xsl:call-template name="day-of-month">
    <xsl:with-param name="d" select="$d"/>
  </xsl:call-template>
  <xsl:text> </xsl:text>
  <xsl:call-template name="t">
    <xsl:with-param name="k" select="concat('m', number(substring($d, 6, 2)))"/>
  </xsl:call-template>
  <xsl:text> </xsl:text>
  <xsl:value-of select="substring($d, 1, 4)"/>
</xsl:template>

<!-- "3 déc. 2026" / "3 Dec 2026" -->
<xsl:template name="date-short">
  <xsl:param name="d"/>
  <xsl:call-template name="day-of-month">
    <xsl:with-param name="d" select="$d"/>
  </xsl:call-template>
  <xsl:text>&#160;</xsl:text>
  <xsl:call-template name="t">
    <xsl:with-param name="k" select="concat('ms', number(substring($d, 6, 2)))"/>
  </xsl:call-template>
  <xsl:text> </xsl:text>
  <xsl:value-of select="substring($d, 1, 4)"/>
</xsl:template>

<!-- "20 h 00" / "8:00 pm" -->
<xsl:template name="time">
  <xsl:param name="d"/>
  <xsl:variable name="h" select="number(substring($d, 12, 2))"/>
  <xsl:variable name="mi" select="substring($d, 15, 2)"/>
  <xsl:choose>
    <xsl:when test="$lang = 'en'">
      <xsl:choose>
        <xsl:when test="$h = 0">12</xsl:when>
        <xsl:when test="$h > 12"><xsl:value-of select="$h - 12"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$h"/></xsl:otherwise>
      </xsl:choose>
      <xsl:value-of select="concat(':', $mi, '&#160;')"/>
      <xsl:choose>
        <xsl:when test="$h >= 12">pm</xsl:when>
        <xsl:otherwise>am</xsl:otherwise>
      </xsl:choose>
    </xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="concat($h, '&#160;h&#160;', $mi)"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- <time> elements -->
<xsl:template name="time-date-long">
  <xsl:param name="d"/>
  <xsl:param name="weekday" select="true()"/>
  <time datetime="{$d}">
    <xsl:call-template name="date-long">
      <xsl:with-param name="d" select="$d"/>
      <xsl:with-param name="weekday" select="$weekday"/>
    </xsl:call-template>
  </time>
</xsl:template>

<xsl:template name="time-date-short">
  <xsl:param name="d"/>
  <time datetime="{$d}">
    <xsl:call-template name="date-short">
      <xsl:with-param name="d" select="$d"/>
    </xsl:call-template>
  </time>
</xsl:template>

<!-- "3 déc. 2026, 20 h 00" -->
<xsl:template name="time-date-time">
  <xsl:param name="d"/>
  <time datetime="{$d}">
    <xsl:call-template name="date-short">
      <xsl:with-param name="d" select="$d"/>
    </xsl:call-template>
    <xsl:text>, </xsl:text>
    <xsl:call-template name="time">
      <xsl:with-param name="d" select="$d"/>
    </xsl:call-template>
  </time>
</xsl:template>

<!-- A timing: "mercredi 3 décembre 2026, 20 h 00 – 23 h 30", or
     "du 30 nov. 2026, 10 h 00 au 1er mars 2027, 18 h 00". -->
<xsl:template name="timing">
  <xsl:param name="b" select="@begins"/>
  <xsl:param name="e" select="@ends"/>
  <xsl:choose>
    <xsl:when test="not($e) or substring($b, 1, 10) = substring($e, 1, 10)">
      <time datetime="{$b}">
        <xsl:call-template name="date-long">
          <xsl:with-param name="d" select="$b"/>
        </xsl:call-template>
        <xsl:text>, </xsl:text>
        <xsl:call-template name="time">
          <xsl:with-param name="d" select="$b"/>
        </xsl:call-template>
      </time>
      <xsl:if test="$e">
        <xsl:text> – </xsl:text>
        <time datetime="{$e}">
          <xsl:call-template name="time">
            <xsl:with-param name="d" select="$e"/>
          </xsl:call-template>
        </time>
      </xsl:if>
    </xsl:when>
    <xsl:otherwise>
      <xsl:call-template name="t">
        <xsl:with-param name="k" select="'from-l'"/>
      </xsl:call-template>
      <xsl:text> </xsl:text>
      <xsl:call-template name="time-date-time">
        <xsl:with-param name="d" select="$b"/>
      </xsl:call-template>
      <xsl:text> </xsl:text>
      <xsl:call-template name="t">
        <xsl:with-param name="k" select="'to-l'"/>
      </xsl:call-template>
      <xsl:text> </xsl:text>
      <xsl:call-template name="time-date-time">
        <xsl:with-param name="d" select="$e"/>
      </xsl:call-template>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- The label of a kind: $plural for section names. -->
<xsl:template name="kind-label">
  <xsl:param name="kind" select="@kind"/>
  <xsl:param name="plural" select="false()"/>
  <xsl:call-template name="t">
    <xsl:with-param name="k">
      <xsl:choose>
        <xsl:when test="$plural">p-</xsl:when>
        <xsl:otherwise>k-</xsl:otherwise>
      </xsl:choose>
      <xsl:value-of select="$kind"/>
    </xsl:with-param>
  </xsl:call-template>
</xsl:template>

</xsl:stylesheet>
