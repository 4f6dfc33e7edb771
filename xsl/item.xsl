<?xml version="1.0" encoding="UTF-8"?>
<!-- One contribution: <page type="item" kind="…"> with <item> (the row of
     STMT_ITEM: body as XHTML, event and annonce columns), tags, shared,
     timings (events) and items (dossiers), whose feed is <path>.atom.
     cgi-bin/page-item.c. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    exclude-result-prefixes="ui">

<xsl:include href="layout.xsl"/>

<xsl:template match="page" mode="title">
  <xsl:value-of select="item/title"/>
</xsl:template>

<xsl:template match="page" mode="head">
  <xsl:if test="normalize-space(item/summary) != ''">
    <meta name="description" content="{normalize-space(item/summary)}"/>
  </xsl:if>
</xsl:template>

<xsl:template match="page" mode="main">
  <xsl:apply-templates select="item" mode="page"/>
</xsl:template>

<xsl:template match="item" mode="page">
  <xsl:variable name="section">
    <xsl:call-template name="kind-section">
      <xsl:with-param name="kind" select="@kind"/>
    </xsl:call-template>
  </xsl:variable>
  <xsl:variable name="status" select="string(event-status)"/>
  <article class="item item-{@kind}">
    <xsl:if test="$status != ''">
      <xsl:attribute name="class">
        <xsl:value-of select="concat('item item-', @kind, ' status-', $status)"/>
      </xsl:attribute>
    </xsl:if>
    <div class="wrap wrap-narrow">
      <nav class="breadcrumb">
        <xsl:attribute name="aria-label">
          <xsl:value-of select="ui:t('nav-breadcrumb')"/>
        </xsl:attribute>
        <ol>
          <li><a href="{$thome}"><xsl:value-of select="$tname"/></a></li>
          <li>
            <a href="{$thome}{$section}/">
              <xsl:call-template name="kind-label">
                <xsl:with-param name="plural" select="true()"/>
              </xsl:call-template>
            </a>
          </li>
        </ol>
      </nav>
      <header class="item-head">
        <p class="card-kind">
          <xsl:call-template name="kind-label"/>
          <xsl:if test="@kind = 'annonce' and annonce-kind">
            <xsl:text> · </xsl:text>
            <xsl:value-of select="ui:t(concat('ak-', annonce-kind))"/>
          </xsl:if>
          <xsl:call-template name="status-badge"/>
        </p>
        <h1>
          <xsl:call-template name="content-lang"/>
          <xsl:value-of select="title"/>
        </h1>
        <p class="byline">
          <xsl:if test="author/name">
            <xsl:value-of select="ui:t('by')"/>
            <xsl:text> </xsl:text>
            <a href="{author/@url}" class="author"><xsl:value-of select="author/name"/></a>
            <xsl:if test="structure/name">
              <xsl:text> · </xsl:text>
              <a href="{structure/@url}" class="structure"><xsl:value-of select="structure/name"/></a>
            </xsl:if>
            <br/>
          </xsl:if>
          <!-- No author: a member who left kept the contribution online,
               anonymised. -->
          <xsl:if test="not(author/name)">
            <xsl:value-of select="ui:t('by')"/>
            <xsl:text> </xsl:text>
            <span class="author author-gone">
              <xsl:value-of select="ui:t('former-member')"/>
            </span>
            <xsl:if test="structure/name">
              <xsl:text> · </xsl:text>
              <a href="{structure/@url}" class="structure"><xsl:value-of select="structure/name"/></a>
            </xsl:if>
            <br/>
          </xsl:if>
          <xsl:if test="published">
            <xsl:value-of select="ui:t('published')"/>
            <xsl:text> </xsl:text>
            <xsl:call-template name="time-date-long">
              <xsl:with-param name="d" select="published"/>
              <xsl:with-param name="weekday" select="false()"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="updated and substring(updated, 1, 10) != substring(published, 1, 10)">
            <xsl:text>, </xsl:text>
            <xsl:value-of select="ui:t('updated')"/>
            <xsl:text> </xsl:text>
            <xsl:call-template name="time-date-long">
              <xsl:with-param name="d" select="updated"/>
              <xsl:with-param name="weekday" select="false()"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="views">
            <xsl:text> · </xsl:text>
            <span class="views">
              <xsl:call-template name="number">
                <xsl:with-param name="n" select="views"/>
              </xsl:call-template>
              <xsl:text> </xsl:text>
              <xsl:call-template name="t">
                <xsl:with-param name="k">
                  <xsl:choose>
                    <xsl:when test="number(views) &lt;= 1">view</xsl:when>
                    <xsl:otherwise>views</xsl:otherwise>
                  </xsl:choose>
                </xsl:with-param>
              </xsl:call-template>
            </span>
          </xsl:if>
        </p>
      </header>
      <!-- Edit (for who may) and report, for a member logged in: in a
           page built for anyone, a mark that cgi-bin/personal.c fills
           per viewer. -->
      <xsl:choose>
        <xsl:when test="/page/viewer-actions">
          <xsl:call-template name="viewer-actions"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:comment>
            <xsl:value-of select="concat('actions c=', @id, ' a=',
                author/@id, ' s=', structure/@id, ' t=', territory/@slug)"/>
          </xsl:comment>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="image/@src">
        <figure class="item-figure">
          <xsl:call-template name="img">
            <xsl:with-param name="src" select="image/@src"/>
            <xsl:with-param name="alt" select="string(image/@alt)"/>
            <xsl:with-param name="lazy" select="false()"/>
          </xsl:call-template>
        </figure>
      </xsl:if>
      <xsl:if test="normalize-space(summary) != ''">
        <p class="lead">
          <xsl:call-template name="content-lang"/>
          <xsl:value-of select="summary"/>
        </p>
      </xsl:if>
      <xsl:if test="@kind = 'event'">
        <xsl:call-template name="event-info"/>
      </xsl:if>
      <xsl:if test="@kind = 'annonce' and (annonce-kind or deadline)">
        <xsl:call-template name="annonce-info"/>
      </xsl:if>
      <xsl:if test="body/node()">
        <div class="prose">
          <xsl:call-template name="content-lang"/>
          <xsl:apply-templates select="body/node()" mode="prose"/>
        </div>
      </xsl:if>
      <xsl:if test="attachment/@href">
        <p class="attachment">
          <a href="{attachment/@href}" type="application/pdf">
            <xsl:value-of select="ui:t('jc-attachment')"/>
          </a>
          <xsl:if test="normalize-space(attachment) != ''">
            <xsl:text> – </xsl:text>
            <span class="attachment-name"><xsl:value-of select="attachment"/></span>
          </xsl:if>
        </p>
      </xsl:if>
      <xsl:if test="@kind = 'dossier' and items/item">
        <section class="block dossier-items" aria-labelledby="s-dossier">
          <h2 id="s-dossier">
            <xsl:value-of select="ui:t('in-dossier')"/>
          </h2>
          <ol class="cards cards-ordered">
            <xsl:for-each select="items/item">
              <li>
                <xsl:apply-templates select="." mode="card"/>
              </li>
            </xsl:for-each>
          </ol>
        </section>
      </xsl:if>
      <xsl:if test="@kind = 'dossier'">
        <xsl:call-template name="follow-link">
          <xsl:with-param name="k" select="'follow-dossier'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:call-template name="item-footer"/>
    </div>
  </article>
  <div class="wrap wrap-narrow">
    <xsl:call-template name="comments-section"/>
  </div>
</xsl:template>

<xsl:template name="event-info">
  <xsl:variable name="status" select="string(event-status)"/>
  <section class="practical" aria-labelledby="s-infos">
    <h2 id="s-infos">
      <xsl:value-of select="ui:t('practical')"/>
    </h2>
    <xsl:if test="$status = 'cancelled' or $status = 'postponed'">
      <p class="notice notice-{$status}">
        <strong>
          <xsl:value-of select="ui:t(concat('notice-', $status))"/>
        </strong>
      </p>
    </xsl:if>
    <dl class="facts">
      <xsl:if test="timings/timing">
        <div>
          <dt>
            <xsl:call-template name="t">
              <xsl:with-param name="k">
                <xsl:choose>
                  <xsl:when test="count(timings/timing) > 1">dates</xsl:when>
                  <xsl:otherwise>date</xsl:otherwise>
                </xsl:choose>
              </xsl:with-param>
            </xsl:call-template>
          </dt>
          <dd>
            <ul class="timings">
              <xsl:for-each select="timings/timing">
                <li><xsl:call-template name="timing"/></li>
              </xsl:for-each>
            </ul>
          </dd>
        </div>
      </xsl:if>
      <xsl:if test="place/name">
        <div>
          <dt>
            <xsl:value-of select="ui:t('place')"/>
          </dt>
          <dd>
            <xsl:apply-templates select="place"/>
          </dd>
        </div>
      </xsl:if>
      <xsl:if test="attendance-mode">
        <div>
          <dt>
            <xsl:value-of select="ui:t('mode')"/>
          </dt>
          <dd>
            <xsl:value-of select="ui:t(concat('mode-', attendance-mode))"/>
          </dd>
        </div>
      </xsl:if>
      <xsl:if test="normalize-space(audience) != ''">
        <div>
          <dt>
            <xsl:value-of select="ui:t('audience')"/>
          </dt>
          <dd><xsl:value-of select="audience"/></dd>
        </div>
      </xsl:if>
      <xsl:if test="normalize-space(price) != ''">
        <div>
          <dt>
            <xsl:value-of select="ui:t('price')"/>
          </dt>
          <dd><xsl:value-of select="price"/></dd>
        </div>
      </xsl:if>
      <xsl:if test="$status != ''">
        <div>
          <dt>
            <xsl:value-of select="ui:t('status')"/>
          </dt>
          <dd class="status status-{$status}">
            <xsl:value-of select="ui:t(concat('st-', $status))"/>
          </dd>
        </div>
      </xsl:if>
    </dl>
    <xsl:if test="normalize-space(registration) != '' and $status != 'cancelled'">
      <xsl:variable name="ok">
        <xsl:call-template name="url-ok">
          <xsl:with-param name="u" select="registration"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:if test="$ok = '1'">
        <p class="register">
          <a class="button" href="{registration}" rel="noopener">
            <xsl:value-of select="ui:t('register')"/>
          </a>
        </p>
      </xsl:if>
    </xsl:if>
    <xsl:call-template name="ics-link">
      <xsl:with-param name="k" select="'ics-event'"/>
    </xsl:call-template>
  </section>
</xsl:template>

<xsl:template match="place">
  <p class="place">
    <strong><xsl:value-of select="name"/></strong>
    <xsl:if test="normalize-space(address) != ''">
      <br/><xsl:value-of select="address"/>
    </xsl:if>
    <xsl:if test="normalize-space(concat(postcode, city)) != ''">
      <br/><xsl:value-of select="normalize-space(concat(postcode, ' ', city))"/>
    </xsl:if>
  </p>
  <xsl:if test="string(number(@latitude)) != 'NaN' and string(number(@longitude)) != 'NaN'">
    <p class="map-link">
      <a href="https://www.openstreetmap.org/?mlat={@latitude}&amp;mlon={@longitude}#map=16/{@latitude}/{@longitude}">
        <xsl:value-of select="ui:t('map')"/>
      </a>
    </p>
  </xsl:if>
</xsl:template>

<xsl:template name="annonce-info">
  <dl class="facts facts-annonce">
    <xsl:if test="annonce-kind">
      <div>
        <dt>
          <xsl:value-of select="ui:t('annonce-kind')"/>
        </dt>
        <dd>
          <xsl:value-of select="ui:t(concat('ak-', annonce-kind))"/>
        </dd>
      </div>
    </xsl:if>
    <xsl:if test="deadline">
      <div>
        <dt>
          <xsl:value-of select="ui:t('deadline')"/>
        </dt>
        <dd>
          <xsl:call-template name="time-date-long">
            <xsl:with-param name="d" select="deadline"/>
          </xsl:call-template>
        </dd>
      </div>
    </xsl:if>
  </dl>
</xsl:template>

<xsl:template name="item-footer">
  <xsl:variable name="it-slug">
    <xsl:call-template name="item-tslug"/>
  </xsl:variable>
  <footer class="item-footer">
    <dl class="facts">
      <xsl:if test="theme/@slug">
        <div>
          <dt>
            <xsl:value-of select="ui:t('theme')"/>
          </dt>
          <dd>
            <xsl:call-template name="theme-link"/>
          </dd>
        </div>
      </xsl:if>
      <xsl:if test="tags/tag">
        <div>
          <dt>
            <xsl:value-of select="ui:t('tags')"/>
          </dt>
          <dd>
            <ul class="chips">
              <xsl:for-each select="tags/tag">
                <li><a class="chip" href="{$thome}tags/{@slug}"><xsl:value-of select="."/></a></li>
              </xsl:for-each>
            </ul>
          </dd>
        </div>
      </xsl:if>
      <xsl:if test="shared/territory">
        <div>
          <dt>
            <xsl:value-of select="ui:t('shared')"/>
          </dt>
          <dd>
            <ul class="inline-list">
              <xsl:for-each select="shared/territory">
                <li><a href="{@url}"><xsl:value-of select="."/></a></li>
              </xsl:for-each>
            </ul>
          </dd>
        </div>
      </xsl:if>
    </dl>
  </footer>
</xsl:template>

</xsl:stylesheet>
