<?xml version="1.0" encoding="UTF-8"?>
<!--
  partners.xsl: /partenaires/, the reference for partners (museums,
  libraries, media…) who reuse our content: feeds, calendars, the JSON
  API, XML twins and their schema, conditional requests, sitemaps, the
  widget, and the licences.  cgi-bin/page-partners.c, page_partners:

    <page type="partners" licence="CC BY-SA 4.0" licence-events="Licence Ouverte 2.0">
      <territories>…</territories>
      <examples>
        <territory slug="grenoble" name="Grenoble"/>
        <event url="/grenoble/evenements/12-…"/> <article url="…"/>
        <theme slug="espace" name="Espace"/> <tag slug="astronomie" name="astronomie"/>
        <structure id="3" url="/grenoble/structures/3-…"/> <member url="/membres/5-…"/>
        <dossier url="/grenoble/dossiers/12-…"/> <community url="/grenoble/communautes/3-…"/>
        <period du="2026-12-01" au="2026-12-31"/>     (optional: today, +30 days)
      </examples>

  Every example is a real, absolute address built from page/@base and
  these rows, so it can be clicked (tests/partners.test follows them);
  an example whose row is missing is left out.

  The page's frame (title, introduction) is in the string tables; the
  reference itself is written in French, the language of the addresses
  and parameters it documents: on English pages it says so and carries
  lang="fr".
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    xmlns:str="http://exslt.org/strings"
    extension-element-prefixes="str"
    exclude-result-prefixes="str ui">

<xsl:include href="layout.xsl"/>

<xsl:variable name="ex" select="/page/examples"/>

<!-- The example territory: the C code's, else the first one. -->
<xsl:variable name="t">
  <xsl:choose>
    <xsl:when test="normalize-space($ex/territory/@slug) != ''">
      <xsl:value-of select="normalize-space($ex/territory/@slug)"/>
    </xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="/page/territories/territory[1]/@slug"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<xsl:variable name="t-name">
  <xsl:choose>
    <xsl:when test="normalize-space($ex/territory/@name) != ''">
      <xsl:value-of select="normalize-space($ex/territory/@name)"/>
    </xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="/page/territories/territory[@slug = $t]"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<xsl:variable name="ev" select="string($ex/event/@url)"/>
<xsl:variable name="th">
  <xsl:choose>
    <xsl:when test="normalize-space($ex/theme/@slug) != ''">
      <xsl:value-of select="normalize-space($ex/theme/@slug)"/>
    </xsl:when>
    <xsl:otherwise>espace</xsl:otherwise>
  </xsl:choose>
</xsl:variable>
<xsl:variable name="tg" select="normalize-space($ex/tag/@slug)"/>
<xsl:variable name="st" select="string($ex/structure/@url)"/>
<!-- A structure's number: its @id, else the start of its last segment. -->
<xsl:variable name="sid">
  <xsl:choose>
    <xsl:when test="string(number($ex/structure/@id)) != 'NaN'">
      <xsl:value-of select="number($ex/structure/@id)"/>
    </xsl:when>
    <xsl:otherwise>
      <xsl:variable name="n"
          select="substring-before(substring-after($st, '/structures/'), '-')"/>
      <xsl:if test="string(number($n)) != 'NaN'">
        <xsl:value-of select="number($n)"/>
      </xsl:if>
    </xsl:otherwise>
  </xsl:choose>
</xsl:variable>
<xsl:variable name="mb" select="string($ex/member/@url)"/>
<xsl:variable name="ds" select="string($ex/dossier/@url)"/>
<xsl:variable name="cm" select="string($ex/community/@url)"/>
<!-- The word of the example search: the example tag's name. -->
<xsl:variable name="word" select="normalize-space($ex/tag/@name)"/>
<xsl:variable name="du" select="normalize-space($ex/period/@du)"/>
<xsl:variable name="au" select="normalize-space($ex/period/@au)"/>

<xsl:variable name="T" select="concat('/', $t)"/>
<xsl:variable name="api-t" select="concat('?territoire=', $t)"/>

<xsl:template match="page" mode="title">
  <xsl:value-of select="ui:t('partners-title')"/>
</xsl:template>

<xsl:template match="page" mode="main">
  <div class="wrap wrap-narrow partners">
    <div class="page-head">
      <h1>
        <xsl:value-of select="ui:t('partners-title')"/>
      </h1>
      <p class="intro">
        <xsl:value-of select="ui:t('partners-intro')"/>
      </p>
      <xsl:variable name="note">
        <xsl:value-of select="ui:t('partners-lang')"/>
      </xsl:variable>
      <xsl:if test="$note != ''">
        <p class="note"><xsl:value-of select="$note"/></p>
      </xsl:if>
    </div>
    <div class="doc">
      <xsl:call-template name="content-lang"/>
      <xsl:call-template name="toc"/>
      <xsl:call-template name="s-atom"/>
      <xsl:call-template name="s-ical"/>
      <xsl:call-template name="s-json"/>
      <xsl:call-template name="s-xml"/>
      <xsl:call-template name="s-cache"/>
      <xsl:call-template name="s-sitemaps"/>
      <xsl:call-template name="s-widget"/>
      <xsl:call-template name="s-licence"/>
    </div>
  </div>
</xsl:template>

<!-- ==================================================================
     Helpers
     ================================================================== -->

<!-- A working example: the absolute address, as code, and a link. -->
<xsl:template name="ex">
  <xsl:param name="p"/>
  <a href="{$base}{$p}"><code><xsl:value-of select="concat($base, $p)"/></code></a>
</xsl:template>

<!-- A row of a two-column table: a label, then an example address. -->
<xsl:template name="ex-row">
  <xsl:param name="label"/>
  <xsl:param name="p"/>
  <tr>
    <th scope="row"><xsl:value-of select="$label"/></th>
    <td>
      <xsl:call-template name="ex">
        <xsl:with-param name="p" select="$p"/>
      </xsl:call-template>
    </td>
  </tr>
</xsl:template>

<!-- A row of a reference table: code, then its meaning. -->
<xsl:template name="ref-row">
  <xsl:param name="code"/>
  <xsl:param name="text"/>
  <tr>
    <th scope="row"><code><xsl:value-of select="$code"/></code></th>
    <td><xsl:value-of select="$text"/></td>
  </tr>
</xsl:template>

<xsl:template name="licence-url">
  <xsl:param name="l"/>
  <xsl:choose>
    <xsl:when test="$l = 'CC BY-SA 4.0'">https://creativecommons.org/licenses/by-sa/4.0/deed.fr</xsl:when>
    <xsl:when test="$l = 'CC BY 4.0'">https://creativecommons.org/licenses/by/4.0/deed.fr</xsl:when>
    <xsl:when test="$l = 'CC0 1.0' or $l = 'CC0'">https://creativecommons.org/publicdomain/zero/1.0/deed.fr</xsl:when>
    <xsl:when test="starts-with($l, 'Licence Ouverte') or starts-with($l, 'Etalab')">https://www.etalab.gouv.fr/licence-ouverte-open-licence/</xsl:when>
  </xsl:choose>
</xsl:template>

<xsl:template name="licence-link">
  <xsl:param name="l"/>
  <xsl:variable name="u">
    <xsl:call-template name="licence-url">
      <xsl:with-param name="l" select="$l"/>
    </xsl:call-template>
  </xsl:variable>
  <xsl:choose>
    <xsl:when test="$u != ''">
      <a rel="license" href="{$u}"><xsl:value-of select="$l"/></a>
    </xsl:when>
    <xsl:otherwise><xsl:value-of select="$l"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- ==================================================================
     Sections
     ================================================================== -->

<xsl:template name="toc">
  <nav class="toc" aria-labelledby="h-toc">
    <h2 id="h-toc">Sommaire</h2>
    <ol>
      <li><a href="#atom">Flux Atom</a></li>
      <li><a href="#ical">Agendas iCalendar</a></li>
      <li><a href="#json">API JSON</a></li>
      <li><a href="#xml">Documents XML et leur schéma</a></li>
      <li><a href="#cache">Requêtes conditionnelles et cache</a></li>
      <li><a href="#sitemaps">Plans de site</a></li>
      <li><a href="#widget">Widget</a></li>
      <li><a href="#licence">Licences et attribution</a></li>
    </ol>
  </nav>
</xsl:template>

<xsl:template name="s-atom">
  <section id="atom" class="block" aria-labelledby="h-atom">
    <h2 id="h-atom">Flux Atom</h2>
    <p>Chaque liste du site a son flux Atom (RFC 4287) : ajoutez
      <code>.atom</code> à son adresse, sans la barre finale. Les flux
      donnent les publications les plus récentes (l’agenda : les prochains
      événements) avec leur texte complet, et se lisent dans n’importe quel
      lecteur de flux.</p>
    <table>
      <caption>Les flux de <xsl:value-of select="$t-name"/> et du réseau</caption>
      <thead>
        <tr><th scope="col">Contenu</th><th scope="col">Adresse</th></tr>
      </thead>
      <tbody>
        <xsl:call-template name="ex-row">
          <xsl:with-param name="label">Tout le réseau</xsl:with-param>
          <xsl:with-param name="p" select="'/index.atom'"/>
        </xsl:call-template>
        <xsl:call-template name="ex-row">
          <xsl:with-param name="label">Le territoire, toutes rubriques</xsl:with-param>
          <xsl:with-param name="p" select="concat($T, '/index.atom')"/>
        </xsl:call-template>
        <xsl:call-template name="ex-row">
          <xsl:with-param name="label">Articles</xsl:with-param>
          <xsl:with-param name="p" select="concat($T, '/articles.atom')"/>
        </xsl:call-template>
        <xsl:call-template name="ex-row">
          <xsl:with-param name="label">Agenda (événements à venir)</xsl:with-param>
          <xsl:with-param name="p" select="concat($T, '/evenements.atom')"/>
        </xsl:call-template>
        <xsl:call-template name="ex-row">
          <xsl:with-param name="label">Annonces</xsl:with-param>
          <xsl:with-param name="p" select="concat($T, '/annonces.atom')"/>
        </xsl:call-template>
        <xsl:call-template name="ex-row">
          <xsl:with-param name="label">Dossiers</xsl:with-param>
          <xsl:with-param name="p" select="concat($T, '/dossiers.atom')"/>
        </xsl:call-template>
        <xsl:call-template name="ex-row">
          <xsl:with-param name="label">Projets</xsl:with-param>
          <xsl:with-param name="p" select="concat($T, '/projets.atom')"/>
        </xsl:call-template>
        <xsl:call-template name="ex-row">
          <xsl:with-param name="label">
            <xsl:text>Un thème</xsl:text>
            <xsl:if test="normalize-space($ex/theme/@name) != ''">
              <xsl:value-of select="concat(' (', normalize-space($ex/theme/@name), ')')"/>
            </xsl:if>
          </xsl:with-param>
          <xsl:with-param name="p" select="concat($T, '/themes/', $th, '.atom')"/>
        </xsl:call-template>
        <xsl:if test="$tg != ''">
          <xsl:call-template name="ex-row">
            <xsl:with-param name="label">
              <xsl:value-of select="concat('Un mot-clé (', normalize-space($ex/tag/@name), ')')"/>
            </xsl:with-param>
            <xsl:with-param name="p" select="concat($T, '/tags/', $tg, '.atom')"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="$st != ''">
          <xsl:call-template name="ex-row">
            <xsl:with-param name="label">Une structure</xsl:with-param>
            <xsl:with-param name="p" select="concat($st, '.atom')"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="$mb != ''">
          <xsl:call-template name="ex-row">
            <xsl:with-param name="label">Un membre</xsl:with-param>
            <xsl:with-param name="p" select="concat($mb, '.atom')"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="$ds != ''">
          <xsl:call-template name="ex-row">
            <xsl:with-param name="label">Un dossier (ses contenus)</xsl:with-param>
            <xsl:with-param name="p" select="concat($ds, '.atom')"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="$cm != ''">
          <xsl:call-template name="ex-row">
            <xsl:with-param name="label">Une communauté (les publications de ses membres)</xsl:with-param>
            <xsl:with-param name="p" select="concat($cm, '.atom')"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="$word != ''">
          <xsl:call-template name="ex-row">
            <xsl:with-param name="label" select="concat('Une recherche (', $word, ')')"/>
            <xsl:with-param name="p" select="concat($T, '/recherche.atom?q=', str:encode-uri($word, true()))"/>
          </xsl:call-template>
        </xsl:if>
      </tbody>
    </table>

    <h3>Filtres</h3>
    <p>Les flux du territoire et de ses rubriques acceptent les mêmes
      filtres que les pages, combinables :</p>
    <ul>
      <li><code>?theme=</code> et le nom court d’un thème, la fin de
        l’adresse de sa page (<a href="{$T}/themes/">liste des thèmes</a>) :
        <xsl:call-template name="ex">
          <xsl:with-param name="p" select="concat($T, '/evenements.atom?theme=', $th)"/>
        </xsl:call-template></li>
      <xsl:if test="$tg != ''">
        <li><code>?tag=</code> et le nom court d’un mot-clé :
          <xsl:call-template name="ex">
            <xsl:with-param name="p" select="concat($T, '/articles.atom?tag=', $tg)"/>
          </xsl:call-template></li>
      </xsl:if>
      <xsl:if test="$sid != ''">
        <li><code>?structure=</code> et le numéro d’une structure, le
          nombre au début de l’adresse de sa page
          (<code><xsl:value-of select="$st"/></code>) :
          <xsl:call-template name="ex">
            <xsl:with-param name="p" select="concat($T, '/evenements.atom?structure=', $sid)"/>
          </xsl:call-template></li>
        <li>ensemble :
          <xsl:call-template name="ex">
            <xsl:with-param name="p" select="concat($T, '/evenements.atom?theme=', $th, '&amp;structure=', $sid)"/>
          </xsl:call-template></li>
      </xsl:if>
    </ul>

    <h3>Pagination (RFC 5005)</h3>
    <p>Un flux donne une page d’éléments. S’il y en a d’autres, il le dit
      par un lien <code>&lt;link rel="next" href="…"/&gt;</code> vers la
      page suivante, et <code>&lt;link rel="first" href="…"/&gt;</code>
      vers la première. Pour tout récupérer, suivez <code>next</code>
      jusqu’à la page qui n’en a plus. Ces adresses portent un curseur
      (<code>avant=</code> pour les publications, des plus récentes aux plus
      anciennes ; <code>apres=</code> pour l’agenda, dans l’ordre des
      dates) : reprenez-les telles quelles, sans les fabriquer.</p>

    <h3>Contenu d’une entrée</h3>
    <table>
      <caption>Les éléments Atom d’une entrée</caption>
      <thead>
        <tr><th scope="col">Élément</th><th scope="col">Contenu</th></tr>
      </thead>
      <tbody>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">id, link rel="alternate"</xsl:with-param>
          <xsl:with-param name="text">L’adresse de la page, identifiant stable de l’élément.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">title, summary</xsl:with-param>
          <xsl:with-param name="text">Le titre et le chapeau, en texte.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">content type="xhtml"</xsl:with-param>
          <xsl:with-param name="text">Le texte complet en XHTML, liens et images en adresses absolues.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">published, updated</xsl:with-param>
          <xsl:with-param name="text">Dates de publication et de dernière modification (RFC 3339).</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">author</xsl:with-param>
          <xsl:with-param name="text">Le membre qui a publié : name, uri (sa page).</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">contributor</xsl:with-param>
          <xsl:with-param name="text">La structure qui signe, s’il y en a une : name, uri (sa page).</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">category</xsl:with-param>
          <xsl:with-param name="text">Le thème, puis chaque mot-clé : term (nom court), label (nom), scheme (…/&lt;territoire&gt;/themes/ ou …/&lt;territoire&gt;/tags/).</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">link rel="enclosure"</xsl:with-param>
          <xsl:with-param name="text">L’image, avec son type et son texte alternatif (title).</xsl:with-param>
        </xsl:call-template>
      </tbody>
    </table>

    <h3 id="ev">Événements : l’extension <code>ev</code> et GeoRSS</h3>
    <p>Les entrées d’événements portent en plus leurs informations
      pratiques, dans un espace de noms propre à Échosciences déclaré sur
      l’élément <code>feed</code> :
      <code>xmlns:ev="tag:echosciences.fr,2026:agenda"</code>, et la
      position du lieu en GeoRSS :
      <code>xmlns:georss="http://www.georss.org/georss"</code>. Les lecteurs
      qui ne les connaissent pas les ignorent (RFC 4287, section 6). Ce qui
      manque est omis.</p>
    <pre><code>&lt;ev:event status="scheduled" attendance="offline"&gt;
  &lt;ev:timing begins="2026-12-03T20:00:00+01:00" ends="2026-12-03T23:30:00+01:00"/&gt;
  &lt;ev:timing begins="2026-12-10T20:00:00+01:00" ends="2026-12-10T23:30:00+01:00"/&gt;
  &lt;ev:place id="1"&gt;
    &lt;ev:name&gt;La Casemate&lt;/ev:name&gt;
    &lt;ev:address&gt;2 place Saint-Laurent&lt;/ev:address&gt;
    &lt;ev:postcode&gt;38000&lt;/ev:postcode&gt;
    &lt;ev:city&gt;Grenoble&lt;/ev:city&gt;
  &lt;/ev:place&gt;
  &lt;ev:audience&gt;Tout public, dès 7 ans&lt;/ev:audience&gt;
  &lt;ev:price&gt;Gratuit&lt;/ev:price&gt;
  &lt;ev:registration href="https://example.org/inscription"/&gt;
&lt;/ev:event&gt;
&lt;georss:point&gt;45.19571 5.73172&lt;/georss:point&gt;</code></pre>
    <table>
      <caption>Les éléments et attributs de l’extension</caption>
      <thead>
        <tr><th scope="col">Élément ou attribut</th><th scope="col">Contenu</th></tr>
      </thead>
      <tbody>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">ev:event</xsl:with-param>
          <xsl:with-param name="text">Un par entrée d’événement.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">ev:event/@status</xsl:with-param>
          <xsl:with-param name="text">scheduled (programmé), postponed (reporté, nouvelles dates à venir) ou cancelled (annulé).</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">ev:event/@attendance</xsl:with-param>
          <xsl:with-param name="text">offline (sur place), online (en ligne) ou mixed (les deux).</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">ev:timing</xsl:with-param>
          <xsl:with-param name="text">Une par date, dans l’ordre chronologique.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">ev:timing/@begins, @ends</xsl:with-param>
          <xsl:with-param name="text">Début et fin, en RFC 3339, à l’heure de Paris avec son décalage (+01:00 en hiver, +02:00 en été).</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">ev:place/@id</xsl:with-param>
          <xsl:with-param name="text">Le numéro du lieu, stable : deux événements au même lieu ont le même.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">ev:name, ev:address, ev:postcode, ev:city</xsl:with-param>
          <xsl:with-param name="text">Dans ev:place : nom du lieu, adresse, code postal, commune.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">ev:audience</xsl:with-param>
          <xsl:with-param name="text">Le public visé, en texte libre.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">ev:price</xsl:with-param>
          <xsl:with-param name="text">Le tarif, en texte libre.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">ev:registration/@href</xsl:with-param>
          <xsl:with-param name="text">L’adresse où s’inscrire.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">georss:point</xsl:with-param>
          <xsl:with-param name="text">Latitude et longitude du lieu (WGS 84, degrés décimaux), séparées par une espace ; seulement quand le lieu a des coordonnées.</xsl:with-param>
        </xsl:call-template>
      </tbody>
    </table>
  </section>
</xsl:template>

<xsl:template name="s-ical">
  <section id="ical" class="block" aria-labelledby="h-ical">
    <h2 id="h-ical">Agendas iCalendar</h2>
    <p>L’agenda de chaque territoire existe au format iCalendar
      (RFC 5545) : abonnez-vous à son adresse depuis votre logiciel
      d’agenda (Thunderbird, Outlook, Google Agenda, le calendrier d’un
      téléphone…) pour le voir se mettre à jour tout seul.</p>
    <ul>
      <li>L’agenda :
        <xsl:call-template name="ex">
          <xsl:with-param name="p" select="concat($T, '/evenements.ics')"/>
        </xsl:call-template></li>
      <li>Les mêmes filtres que l’agenda, <code>theme</code>,
        <code>tag</code>, <code>structure</code> :
        <xsl:call-template name="ex">
          <xsl:with-param name="p" select="concat($T, '/evenements.ics?theme=', $th)"/>
        </xsl:call-template></li>
      <li>Une période, <code>du</code> et <code>au</code>
        (<code>AAAA-MM-JJ</code>)<xsl:if test="$du != '' and $au != ''"> :
          <xsl:call-template name="ex">
            <xsl:with-param name="p" select="concat($T, '/evenements.ics?du=', $du, '&amp;au=', $au)"/>
          </xsl:call-template></xsl:if></li>
      <xsl:if test="$ev != ''">
        <li>Un seul événement, avec toutes ses dates : ajoutez
          <code>.ics</code> à l’adresse de sa page,
          <xsl:call-template name="ex">
            <xsl:with-param name="p" select="concat($ev, '.ics')"/>
          </xsl:call-template></li>
      </xsl:if>
    </ul>
    <p>Chaque date d’un événement est un <code>VEVENT</code>. Son
      identifiant, <code>UID:timing-&lt;numéro&gt;@&lt;site&gt;</code>, ne
      change jamais : à chaque mise à jour, votre agenda remplace la date au
      lieu de la dupliquer. Les dates d’un même événement sont reliées par
      <code>RELATED-TO</code>. Les heures sont à l’heure de Paris
      (<code>TZID=Europe/Paris</code>, fuseau décrit dans le fichier par un
      <code>VTIMEZONE</code>). Un événement annulé reste, avec
      <code>STATUS:CANCELLED</code>, pour que les agendas qui l’avaient
      l’affichent annulé.</p>
  </section>
</xsl:template>

<xsl:template name="s-json">
  <section id="json" class="block" aria-labelledby="h-json">
    <h2 id="h-json">API JSON</h2>
    <p>Une API en lecture seule, sans clé ni inscription. Les réponses sont
      en JSON (UTF-8) et ouvertes à tous les sites
      (<code>Access-Control-Allow-Origin: *</code>, requêtes GET) : vous
      pouvez l’interroger depuis le navigateur de vos visiteurs.</p>
    <table>
      <caption>Les points d’entrée, pour <xsl:value-of select="$t-name"/></caption>
      <thead>
        <tr><th scope="col">Contenu</th><th scope="col">Adresse</th></tr>
      </thead>
      <tbody>
        <xsl:call-template name="ex-row">
          <xsl:with-param name="label">Événements à venir, une entrée par date</xsl:with-param>
          <xsl:with-param name="p" select="concat('/api/evenements', $api-t)"/>
        </xsl:call-template>
        <xsl:call-template name="ex-row">
          <xsl:with-param name="label">Articles, du plus récent au plus ancien</xsl:with-param>
          <xsl:with-param name="p" select="concat('/api/articles', $api-t)"/>
        </xsl:call-template>
        <xsl:call-template name="ex-row">
          <xsl:with-param name="label">Annonces</xsl:with-param>
          <xsl:with-param name="p" select="concat('/api/annonces', $api-t)"/>
        </xsl:call-template>
        <xsl:call-template name="ex-row">
          <xsl:with-param name="label">Dossiers</xsl:with-param>
          <xsl:with-param name="p" select="concat('/api/dossiers', $api-t)"/>
        </xsl:call-template>
        <xsl:call-template name="ex-row">
          <xsl:with-param name="label">Projets</xsl:with-param>
          <xsl:with-param name="p" select="concat('/api/projets', $api-t)"/>
        </xsl:call-template>
        <xsl:call-template name="ex-row">
          <xsl:with-param name="label">Structures</xsl:with-param>
          <xsl:with-param name="p" select="concat('/api/structures', $api-t)"/>
        </xsl:call-template>
        <xsl:call-template name="ex-row">
          <xsl:with-param name="label">Lieux</xsl:with-param>
          <xsl:with-param name="p" select="concat('/api/lieux', $api-t)"/>
        </xsl:call-template>
        <xsl:call-template name="ex-row">
          <xsl:with-param name="label">Territoires du réseau</xsl:with-param>
          <xsl:with-param name="p" select="'/api/territoires'"/>
        </xsl:call-template>
      </tbody>
    </table>
    <p>Toute page de liste ou de contenu du site existe aussi en JSON :
      ajoutez <code>.json</code> à son adresse, par exemple
      <xsl:call-template name="ex">
        <xsl:with-param name="p" select="concat($T, '/articles.json')"/>
      </xsl:call-template>
      <xsl:if test="$ev != ''">
        <xsl:text> ou </xsl:text>
        <xsl:call-template name="ex">
          <xsl:with-param name="p" select="concat($ev, '.json')"/>
        </xsl:call-template>
      </xsl:if>.</p>

    <h3>Paramètres</h3>
    <table>
      <caption>Les paramètres des listes</caption>
      <thead>
        <tr><th scope="col">Paramètre</th><th scope="col">Valeur et effet</th></tr>
      </thead>
      <tbody>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">territoire</xsl:with-param>
          <xsl:with-param name="text" select="concat('Le nom court du territoire (', $t, '). Obligatoire sous /api/, sauf pour /api/territoires.')"/>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">theme</xsl:with-param>
          <xsl:with-param name="text" select="concat('Le nom court d’un thème (', $th, ').')"/>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">tag</xsl:with-param>
          <xsl:with-param name="text">Le nom court d’un mot-clé.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">structure</xsl:with-param>
          <xsl:with-param name="text">Le numéro d’une structure : ce qu’elle signe.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">du, au</xsl:with-param>
          <xsl:with-param name="text">Événements : la période, en dates AAAA-MM-JJ.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">limite</xsl:with-param>
          <xsl:with-param name="text">Le nombre d’éléments par page, de 1 à 100.</xsl:with-param>
        </xsl:call-template>
      </tbody>
    </table>
    <p>Par exemple :
      <xsl:call-template name="ex">
        <xsl:with-param name="p" select="concat('/api/evenements', $api-t, '&amp;theme=', $th, '&amp;limite=20')"/>
      </xsl:call-template>.
      Une valeur invalide donne une erreur 400 qui nomme le paramètre
      (<code>{"error":{"status":400,"parameter":"territoire"}}</code>), un
      territoire inconnu une erreur 404.</p>

    <h3>Pagination</h3>
    <p>Une liste répond <code>{"items": […], "next": "…", "licence": "…",
      "source": "…"}</code>. <code>next</code> est l’adresse complète de la
      page suivante (les mêmes paramètres et un curseur), ou
      <code>null</code> à la dernière page : suivez-la telle quelle.</p>

    <h3>Le modèle des événements</h3>
    <p>Les champs des événements reprennent les noms et les codes
      d’OpenAgenda : les outils d’import que vous avez déjà pour OpenAgenda
      s’appliquent. Les textes sont des objets par langue
      (<code>{"fr": "…"}</code>), les dates en RFC 3339 à l’heure de
      Paris, les adresses absolues.</p>
    <table>
      <caption>Les champs d’un événement</caption>
      <thead>
        <tr><th scope="col">Champ</th><th scope="col">Contenu</th></tr>
      </thead>
      <tbody>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">uid</xsl:with-param>
          <xsl:with-param name="text">Le numéro de l’événement (entier, stable).</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">slug, url</xsl:with-param>
          <xsl:with-param name="text">Son nom court et l’adresse de sa page.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">title</xsl:with-param>
          <xsl:with-param name="text">Le titre, {"fr": "…"}.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">description</xsl:with-param>
          <xsl:with-param name="text">Le chapeau, en texte, {"fr": "…"}.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">longDescription</xsl:with-param>
          <xsl:with-param name="text">Le texte complet, en HTML, {"fr": "…"}.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">keywords</xsl:with-param>
          <xsl:with-param name="text">Les mots-clés, {"fr": ["…", "…"]}.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">image</xsl:with-param>
          <xsl:with-param name="text">{"url": "…", "alt": "…"}, l’image et son texte alternatif.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">timings</xsl:with-param>
          <xsl:with-param name="text">Les dates, [{"begin": "…", "end": "…"}], dans l’ordre chronologique.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">location</xsl:with-param>
          <xsl:with-param name="text">Le lieu : uid, name, address, postalCode, city, latitude, longitude.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">status</xsl:with-param>
          <xsl:with-param name="text">1 programmé, 4 reporté, 6 annulé.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">attendanceMode</xsl:with-param>
          <xsl:with-param name="text">1 sur place, 2 en ligne, 3 les deux.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">registration</xsl:with-param>
          <xsl:with-param name="text">Les moyens de s’inscrire, [{"type": "link", "value": "…"}].</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">conditions, audience</xsl:with-param>
          <xsl:with-param name="text">Le tarif et le public visé, {"fr": "…"}.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">createdAt, updatedAt</xsl:with-param>
          <xsl:with-param name="text">Création et dernière modification (publishedAt : publication).</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ref-row">
          <xsl:with-param name="code">territory, author, structure, theme</xsl:with-param>
          <xsl:with-param name="text">Le territoire, le membre qui a publié, la structure qui signe et le thème.</xsl:with-param>
        </xsl:call-template>
      </tbody>
    </table>
    <p>Les pages d’événements contiennent aussi leur description schema.org
      (<code>Event</code>, en JSON-LD), que lisent les moteurs de
      recherche.</p>
  </section>
</xsl:template>

<xsl:template name="s-xml">
  <section id="xml" class="block" aria-labelledby="h-xml">
    <h2 id="h-xml">Documents XML et leur schéma</h2>
    <p>Chaque page du site a un jumeau XML : le document dont la page est
      faite, avec toutes ses données. Ajoutez <code>.xml</code> à son
      adresse :
      <xsl:call-template name="ex">
        <xsl:with-param name="p" select="concat($T, '/evenements.xml')"/>
      </xsl:call-template>
      <xsl:if test="$ev != ''">
        <xsl:text>, </xsl:text>
        <xsl:call-template name="ex">
          <xsl:with-param name="p" select="concat($ev, '.xml')"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:text>, </xsl:text>
      <xsl:call-template name="ex">
        <xsl:with-param name="p" select="'/index.xml'"/>
      </xsl:call-template>
      <xsl:text> pour l’accueil. Les chemins qu’il contient (</xsl:text>
      <code>url</code>, <code>href</code>) se complètent par l’attribut
      <code>base</code> de l’élément <code>page</code>.</p>
    <p>Sa grammaire RELAX NG, pour tous les types de page :
      <xsl:call-template name="ex">
        <xsl:with-param name="p" select="'/schema/page-1.rnc'"/>
      </xsl:call-template>
      (syntaxe compacte) et
      <xsl:call-template name="ex">
        <xsl:with-param name="p" select="'/schema/page-1.rng'"/>
      </xsl:call-template>
      (syntaxe XML). Pour valider :
      <code>jing -c page-1.rnc document.xml</code>.</p>
    <h3>Versions</h3>
    <p>L’élément racine dit sa version et sa grammaire :
      <code>&lt;page version="1" schema="/schema/page-1.rnc" …&gt;</code>.
      La version 1 n’évolue que par ajouts : de nouveaux éléments ou
      attributs facultatifs, de nouvelles valeurs, de nouveaux types de
      page. Rien n’est retiré, renommé, déplacé ni rendu obligatoire : un
      programme qui ignore ce qu’il ne connaît pas continue de fonctionner.
      Un changement incompatible ferait une version 2, avec sa propre
      grammaire (<code>page-2.rnc</code>), sans toucher à la version 1.</p>
  </section>
</xsl:template>

<xsl:template name="s-cache">
  <section id="cache" class="block" aria-labelledby="h-cache">
    <h2 id="h-cache">Requêtes conditionnelles et cache</h2>
    <p>Toutes les réponses portent <code>ETag</code> et
      <code>Last-Modified</code>. Renvoyez-les dans
      <code>If-None-Match</code> et <code>If-Modified-Since</code> : si rien
      n’a changé, la réponse est <code>304 Not Modified</code>, sans
      contenu. Les flux Atom, les agendas iCalendar et les réponses JSON
      indiquent <code>Cache-Control: public, max-age=300</code> : les
      interroger plus d’une fois toutes les cinq minutes ne sert à rien.</p>
    <pre><code>$ curl -sI <xsl:value-of select="concat($base, $T, '/evenements.atom')"/>
HTTP/1.1 200 OK
Cache-Control: public, max-age=300
ETag: "…"
Last-Modified: …

$ curl -sI -H 'If-None-Match: "…"' <xsl:value-of select="concat($base, $T, '/evenements.atom')"/>
HTTP/1.1 304 Not Modified</code></pre>
  </section>
</xsl:template>

<xsl:template name="s-sitemaps">
  <section id="sitemaps" class="block" aria-labelledby="h-sitemaps">
    <h2 id="h-sitemaps">Plans de site</h2>
    <p>Pour les moteurs de recherche et les robots d’indexation (protocole
      sitemaps.org, déclaré dans
      <xsl:call-template name="ex">
        <xsl:with-param name="p" select="'/robots.txt'"/>
      </xsl:call-template>) :</p>
    <ul>
      <li>l’index, un plan par territoire :
        <xsl:call-template name="ex">
          <xsl:with-param name="p" select="'/sitemap.xml'"/>
        </xsl:call-template></li>
      <li>le plan d’un territoire, son accueil, ses rubriques et chacune de
        ses publications avec sa date de mise à jour :
        <xsl:call-template name="ex">
          <xsl:with-param name="p" select="concat($T, '/sitemap.xml')"/>
        </xsl:call-template></li>
    </ul>
  </section>
</xsl:template>

<xsl:template name="s-widget">
  <section id="widget" class="block" aria-labelledby="h-widget">
    <h2 id="h-widget">Widget</h2>
    <p>Pour montrer l’agenda ou les derniers articles d’un territoire sur
      votre site sans écrire de code : réglez-le et copiez le code sur la
      page <a href="/partenaires/widget">Créer un widget</a>.</p>
    <p>Le widget est une petite page dans un cadre
      (<code>&lt;iframe&gt;</code>), sans cookie ni mesure d’audience, qui
      fonctionne sans JavaScript. Ses liens s’ouvrent dans un nouvel onglet
      et il renvoie vers Échosciences, ce qui vaut attribution. Un script
      facultatif,
      <code><xsl:value-of select="concat($base, '/js/widget.js')"/></code>,
      ajuste la hauteur du cadre à son contenu.</p>
    <p>Son adresse :
      <xsl:call-template name="ex">
        <xsl:with-param name="p" select="concat('/widget/agenda', $api-t, '&amp;n=5&amp;style=clair')"/>
      </xsl:call-template>
      (ou <code>/widget/articles</code>), avec les paramètres
      <code>territoire</code> (obligatoire), <code>theme</code>,
      <code>tag</code>, <code>structure</code>, <code>n</code> (nombre
      d’éléments, de 1 à 20, 5 par défaut) et <code>style</code>
      (<code>clair</code> ou <code>sombre</code>).</p>
  </section>
</xsl:template>

<xsl:template name="s-licence">
  <xsl:variable name="l" select="normalize-space(/page/@licence)"/>
  <xsl:variable name="le" select="normalize-space(/page/@licence-events)"/>
  <section id="licence" class="block" aria-labelledby="h-licence">
    <h2 id="h-licence">Licences et attribution</h2>
    <ul>
      <xsl:if test="$l != ''">
        <li>Les textes (articles, annonces, dossiers, projets, présentations
          des événements et des structures) sont publiés sous licence
          <xsl:call-template name="licence-link">
            <xsl:with-param name="l" select="$l"/>
          </xsl:call-template>.</li>
      </xsl:if>
      <xsl:if test="$le != ''">
        <li>Les données des événements (dates, horaires, lieux, statut,
          format, public, tarif, inscription) sont ouvertes sous
          <xsl:call-template name="licence-link">
            <xsl:with-param name="l" select="$le"/>
          </xsl:call-template>.</li>
      </xsl:if>
    </ul>
    <p>Dans tous les cas, citez la source avec un lien vers le territoire
      (ou vers la page de l’élément repris) :</p>
    <pre><code>Source : &lt;a href="<xsl:value-of select="concat($base, $T, '/')"/>"&gt;<xsl:value-of select="concat($site, ' ', $t-name)"/>&lt;/a&gt;</code></pre>
    <p>Ce qui donne : « Source :
      <a href="{$base}{$T}/"><xsl:value-of select="concat($site, ' ', $t-name)"/></a> ».
      <xsl:if test="starts-with($l, 'CC BY-SA')">La licence
        <xsl:value-of select="$l"/> demande en plus de partager sous la même
        licence les textes que vous en tirez.</xsl:if></p>
  </section>
</xsl:template>

</xsl:stylesheet>
