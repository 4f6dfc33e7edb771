<?xml version="1.0" encoding="UTF-8"?>
<!-- The agenda: <page type="agenda" kind="event">; list/item is one
     timing of an event (timing, event-status, place), soonest first, or
     latest first with list/@past (cgi-bin/page-list.c, page_agenda). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    exclude-result-prefixes="ui">

<xsl:include href="layout.xsl"/>

<xsl:variable name="past" select="/page/list/@past = '1'"/>

<xsl:template match="page" mode="title">
  <xsl:call-template name="t">
    <xsl:with-param name="k">
      <xsl:choose>
        <xsl:when test="$past">past-title</xsl:when>
        <xsl:otherwise>upcoming-title</xsl:otherwise>
      </xsl:choose>
    </xsl:with-param>
  </xsl:call-template>
  <xsl:if test="theme-filter">
    <xsl:value-of select="ui:t('colon')"/>
    <xsl:call-template name="theme-name">
      <xsl:with-param name="th" select="theme-filter"/>
    </xsl:call-template>
  </xsl:if>
  <xsl:if test="tag-filter">
    <xsl:value-of select="concat(' #', tag-filter/name)"/>
  </xsl:if>
</xsl:template>

<xsl:template match="page" mode="main">
  <div class="wrap">
    <div class="page-head">
      <h1>
        <xsl:call-template name="t">
          <xsl:with-param name="k">
            <xsl:choose>
              <xsl:when test="$past">past-title</xsl:when>
              <xsl:otherwise>upcoming-title</xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </h1>
      <xsl:call-template name="filter-form"/>
      <xsl:call-template name="tag-filter"/>
      <p class="agenda-switch">
        <xsl:choose>
          <xsl:when test="$past">
            <a href="{$path-url}">
              <xsl:value-of select="ui:t('upcoming-back')"/>
            </a>
          </xsl:when>
          <xsl:otherwise>
            <a href="{$path-url}?passes=1">
              <xsl:value-of select="ui:t('past-events')"/>
            </a>
          </xsl:otherwise>
        </xsl:choose>
      </p>
      <xsl:call-template name="ics-link">
        <xsl:with-param name="k" select="'ics-agenda'"/>
        <xsl:with-param name="class" select="'ics ics-agenda'"/>
      </xsl:call-template>
    </div>
    <xsl:choose>
      <xsl:when test="list/item">
        <!-- One section per day: items come sorted by their timing. -->
        <xsl:for-each select="list/item[not(substring(timing/@begins, 1, 10)
            = substring(preceding-sibling::item[1]/timing/@begins, 1, 10))]">
          <xsl:variable name="day" select="substring(timing/@begins, 1, 10)"/>
          <section class="agenda-day" aria-labelledby="jour-{$day}">
            <h2 id="jour-{$day}">
              <xsl:call-template name="time-date-long">
                <xsl:with-param name="d" select="$day"/>
              </xsl:call-template>
            </h2>
            <ol class="agenda-list">
              <xsl:apply-templates select=". | following-sibling::item[
                  substring(timing/@begins, 1, 10) = $day and
                  generate-id(preceding-sibling::item[substring(timing/@begins, 1, 10) != $day][1])
                  = generate-id(current()/preceding-sibling::item[substring(timing/@begins, 1, 10) != $day][1])]"
                  mode="entry"/>
            </ol>
          </section>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty">
          <xsl:value-of select="ui:t('empty-agenda')"/>
        </p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="next-link">
      <xsl:with-param name="k">
        <xsl:choose>
          <xsl:when test="$past">older</xsl:when>
          <xsl:otherwise>later</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </div>
</xsl:template>

<xsl:template match="item" mode="entry">
  <xsl:variable name="status" select="string(event-status)"/>
  <li class="agenda-entry status-{$status}">
    <p class="agenda-time">
      <time datetime="{timing/@begins}">
        <xsl:call-template name="time">
          <xsl:with-param name="d" select="timing/@begins"/>
        </xsl:call-template>
      </time>
      <xsl:if test="timing/@ends">
        <xsl:choose>
          <xsl:when test="substring(timing/@ends, 1, 10) = substring(timing/@begins, 1, 10)">
            <xsl:text> – </xsl:text>
            <time datetime="{timing/@ends}">
              <xsl:call-template name="time">
                <xsl:with-param name="d" select="timing/@ends"/>
              </xsl:call-template>
            </time>
          </xsl:when>
          <xsl:otherwise>
            <span class="agenda-until">
              <xsl:value-of select="ui:t('until')"/>
              <xsl:text> </xsl:text>
              <xsl:call-template name="time-date-short">
                <xsl:with-param name="d" select="timing/@ends"/>
              </xsl:call-template>
            </span>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:if>
    </p>
    <div class="agenda-what">
      <h3>
        <a href="{@url}">
          <xsl:call-template name="content-lang"/>
          <xsl:value-of select="title"/>
        </a>
        <xsl:if test="$status = 'cancelled' or $status = 'postponed'">
          <xsl:text> </xsl:text>
          <xsl:call-template name="status-badge"/>
        </xsl:if>
      </h3>
      <xsl:if test="place/name or place/city">
        <p class="agenda-place">
          <xsl:value-of select="place/name"/>
          <xsl:if test="place/name and place/city">, </xsl:if>
          <xsl:if test="place/city">
            <span class="city"><xsl:value-of select="place/city"/></span>
          </xsl:if>
        </p>
      </xsl:if>
      <xsl:if test="normalize-space(summary) != ''">
        <p class="agenda-summary">
          <xsl:call-template name="content-lang"/>
          <xsl:value-of select="summary"/>
        </p>
      </xsl:if>
      <xsl:if test="theme/@slug">
        <p class="card-meta">
          <span class="card-theme">
            <xsl:call-template name="theme-link"/>
          </span>
        </p>
      </xsl:if>
    </div>
    <xsl:if test="image/@src">
      <xsl:call-template name="img">
        <xsl:with-param name="src" select="image/@src"/>
        <xsl:with-param name="class" select="'agenda-img'"/>
      </xsl:call-template>
    </xsl:if>
  </li>
</xsl:template>

<xsl:template name="filter-form">
  <form class="filters" method="get" action="{$path-url}">
    <xsl:attribute name="aria-label">
      <xsl:value-of select="ui:t('filters')"/>
    </xsl:attribute>
    <xsl:call-template name="theme-select"/>
    <xsl:choose>
      <xsl:when test="$past">
        <input type="hidden" name="passes" value="1"/>
      </xsl:when>
      <xsl:otherwise>
        <div class="field">
          <label for="f-du">
            <xsl:value-of select="ui:t('from')"/>
          </label>
          <input type="date" id="f-du" name="du" value="{/page/query/@du}"/>
        </div>
        <div class="field">
          <label for="f-au">
            <xsl:value-of select="ui:t('to')"/>
          </label>
          <input type="date" id="f-au" name="au" value="{/page/query/@au}"/>
        </div>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="/page/query/@tag">
      <input type="hidden" name="tag" value="{/page/query/@tag}"/>
    </xsl:if>
    <div class="field field-submit">
      <button type="submit">
        <xsl:value-of select="ui:t('filter')"/>
      </button>
    </div>
  </form>
</xsl:template>

</xsl:stylesheet>
